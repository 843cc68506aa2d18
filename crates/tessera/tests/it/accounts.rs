//! `tessera user create-admin`, `tessera token create` and `tessera outbox` end to end.

use crate::support::{stderr, stdout, tessera};

#[test]
fn the_first_administrator_and_tokens_are_made_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("path");
    let out = tessera(&[
        "org",
        "create",
        "kestrel-bay",
        "--name",
        "Kestrel Bay Council",
        "--data-dir",
        data,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = tessera(&[
        "user",
        "create-admin",
        "--email",
        "Amina@KestrelBay.example",
        "--org",
        "kestrel-bay",
        "--data-dir",
        data,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Created the administrator account amina@kestrelbay.example."),
        "{text}"
    );
    assert!(
        text.contains("They own the organisation “Kestrel Bay Council” (kestrel-bay)."),
        "{text}"
    );
    let password = text
        .lines()
        .find_map(|l| {
            l.strip_prefix("Password (shown once; they can change it after signing in): ")
        })
        .expect("a generated password");
    assert_eq!(password.len(), 29, "{password}");
    assert_eq!(password.split('-').count(), 5);

    // The same address again, an unknown organisation, a weak password: refused, saying why.
    let again = tessera(&[
        "user",
        "create-admin",
        "--email",
        "amina@kestrelbay.example",
        "--data-dir",
        data,
    ]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    let unknown = tessera(&[
        "user",
        "create-admin",
        "--email",
        "x@kestrelbay.example",
        "--org",
        "nope",
        "--data-dir",
        data,
    ]);
    assert!(
        stderr(&unknown).contains("there is no organisation \"nope\""),
        "{}",
        stderr(&unknown)
    );

    // A token for a member, never more than their role; printed alone on standard output.
    let out = tessera(&[
        "token",
        "create",
        "--org",
        "kestrel-bay",
        "--role",
        "analyst",
        "--user",
        "amina@kestrelbay.example",
        "--data-dir",
        data,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let token = stdout(&out);
    assert!(
        token.trim().starts_with("tsr_") && token.lines().count() == 1,
        "{token}"
    );
    assert!(
        stderr(&out).contains("for kestrel-bay with the analyst role"),
        "{}",
        stderr(&out)
    );
    let bad = tessera(&[
        "token",
        "create",
        "--org",
        "kestrel-bay",
        "--role",
        "boss",
        "--data-dir",
        data,
    ]);
    assert!(
        stderr(&bad).contains("use owner, editor, analyst or viewer"),
        "{}",
        stderr(&bad)
    );
    let stranger = tessera(&[
        "token",
        "create",
        "--org",
        "kestrel-bay",
        "--role",
        "viewer",
        "--user",
        "who@else.example",
        "--data-dir",
        data,
    ]);
    assert!(
        stderr(&stranger).contains("is not a member of kestrel-bay"),
        "{}",
        stderr(&stranger)
    );

    let out = tessera(&["outbox", "--data-dir", data]);
    assert_eq!(stdout(&out).trim(), "The outbox is empty.");
}
