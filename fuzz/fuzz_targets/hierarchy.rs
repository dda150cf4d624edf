//! The getHierarchy_v2 key/value listing: parses or fails cleanly; every node found by its ID.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rescue::Hierarchy;

fuzz_target!(|payload: &str| {
    let Ok(tree) = Hierarchy::parse(payload) else {
        return;
    };
    for node in &tree.nodes {
        assert!(tree.node(node.id).is_some());
        let _ = tree.children(node.id).count();
    }
});
