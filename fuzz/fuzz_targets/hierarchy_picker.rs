//! The node picker over any getHierarchy_v2 reply: repeated nodes, nodes that name themselves
//! or a descendant as their parent, chains deeper than any stack. The picker ends, lists each
//! node at most once, and lists only groups, technicians and channels the reply has.
#![no_main]

use std::collections::HashSet;

use app::shared::from_rescue::picker;
use libfuzzer_sys::fuzz_target;
use rescue::Hierarchy;

fuzz_target!(|payload: &str| {
    let Ok(tree) = Hierarchy::parse(payload) else {
        return;
    };
    let entries = picker(&tree);
    assert!(entries.len() <= tree.nodes.len());
    let mut seen = HashSet::new();
    for entry in &entries {
        assert!(
            seen.insert((entry.node.id, entry.node.kind)),
            "listed twice: {entry:?}"
        );
        assert!(tree.nodes.iter().any(|n| n.id.get() == entry.node.id));
    }
});
