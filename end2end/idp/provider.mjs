// A real, certified OpenID Provider (the `oidc-provider` package) for the tests: it signs in
// anyone on its development login page (any password; the login is the e-mail) and registers
// the dashboard as a confidential client (client_secret_basic, PKCE required).
// Accounts whose login starts with "unverified" have an e-mail the provider has not verified.
//
//   node end2end/idp/provider.mjs --port 9400 --dashboard http://127.0.0.1:3000[,http://…]
//
// Prints "idp ready <issuer>" once it listens. Test-only: its keys and secret are made up at
// start and never leave this process's machine.
import Provider from 'oidc-provider';
import { randomBytes } from 'node:crypto';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const port = Number(args.port || process.env.IDP_PORT || 9400);
const dashboards = (args.dashboard || process.env.DASHBOARD_URL || 'http://127.0.0.1:3000')
  .split(',')
  .map((url) => url.replace(/\/$/, ''));
const issuer = `http://127.0.0.1:${port}`;

export const CLIENT_ID = 'rescue-console';
export const CLIENT_SECRET = args.secret || process.env.IDP_CLIENT_SECRET || 'rescue-console-test-client-secret';

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: dashboards.map((d) => `${d}/login/oidc/callback`),
      post_logout_redirect_uris: dashboards.map((d) => `${d}/login`),
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id, email_verified: !id.startsWith('unverified') };
      },
    };
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  // The tests' runs are short; a consent given once stands for the run.
  ttl: { Session: 3600, Grant: 3600, Interaction: 600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
});
// Plain http on loopback: tell it so, or it refuses to set its cookies.
provider.proxy = false;

const server = provider.listen(port, '127.0.0.1', () => {
  console.log(`idp ready ${issuer}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
