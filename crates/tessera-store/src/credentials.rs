//! Passwords and secrets: the password policy, Argon2id hashing, and random tokens that are
//! stored only as hashes.
//!
//! The policy follows NIST SP 800-63B (revision 4) and the NCSC's advice: length rather than
//! composition rules — at least [`MIN_PASSWORD_CHARS`] characters, any characters allowed
//! (spaces too, so three random words work), no forced changes — and a check against lists of
//! common passwords, words and names (zxcvbn's dictionaries), including the person's own e-mail
//! address and name.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::StoreError;

/// The shortest password accepted: NIST SP 800-63B-4 asks for 15 characters when a password
/// is the only factor.
pub const MIN_PASSWORD_CHARS: usize = 15;

/// The longest password accepted (long enough for any pass-phrase, short enough that hashing
/// cannot be used to tie the server up).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Checks a new password against the policy. The error says what is wrong and what to do.
pub fn check_password(password: &str, user_inputs: &[&str]) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(format!(
            "Your password must be at least {MIN_PASSWORD_CHARS} characters long (it has {chars}). Three or four random words make a strong, memorable password."
        ));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(format!(
            "Your password must be at most {MAX_PASSWORD_CHARS} characters long."
        ));
    }
    let parts = personal_parts(user_inputs);
    if made_of(password, &parts) {
        return Err(
            "Your password is too easy to guess: it is made of your own name or e-mail address. Choose three or four random words instead.".to_owned(),
        );
    }
    // zxcvbn's matching grows quickly with length; the first 100 characters tell enough.
    let head: String = password.chars().take(100).collect();
    let mut inputs: Vec<&str> = user_inputs.to_vec();
    inputs.extend(parts.iter().map(String::as_str));
    inputs.extend(["tessera", "integration", "password"]);
    let estimate = zxcvbn::zxcvbn(&head, &inputs);
    if u8::from(estimate.score()) < 3 {
        let warning = estimate
            .feedback()
            .and_then(|f| f.warning())
            .map(|w| format!(" ({w})"))
            .unwrap_or_default();
        return Err(format!(
            "Your password is too easy to guess{warning}. Avoid common passwords, repeated words, keyboard patterns and your own name or e-mail address; three or four random words work well."
        ));
    }
    Ok(())
}

/// The pieces of a person's name and e-mail address someone could guess: each word of the name,
/// each part of the address's local part and domain (at least two letters each), lower-cased.
fn personal_parts(user_inputs: &[&str]) -> Vec<String> {
    let mut parts: Vec<String> = user_inputs
        .iter()
        .flat_map(|input| input.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_lowercase)
        .filter(|p| p.chars().count() >= 2)
        .collect();
    // A name or address written without its separators is guessable too.
    for input in user_inputs {
        let joined: String = input
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if joined.chars().count() >= 2 {
            parts.push(joined);
        }
    }
    parts.sort();
    parts.dedup();
    parts
}

/// Whether the password, ignoring case and everything but letters and digits, is nothing but
/// pieces of the person's name or address (repeated, in any order) and a few digits — as
/// "Sam Jones Sam Jones" or "samjones2024samjones" are.
fn made_of(password: &str, parts: &[String]) -> bool {
    let text: Vec<char> = password
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if text.is_empty() || parts.is_empty() {
        return false;
    }
    let parts: Vec<Vec<char>> = parts.iter().map(|p| p.chars().collect()).collect();
    // reach[i]: the first i characters are made of parts and short runs of digits.
    let mut reach = vec![false; text.len() + 1];
    reach[0] = true;
    let mut used_a_part = vec![false; text.len() + 1];
    for i in 0..text.len() {
        if !reach[i] {
            continue;
        }
        for part in &parts {
            if text[i..].starts_with(part) {
                reach[i + part.len()] = true;
                used_a_part[i + part.len()] = true;
            }
        }
        for len in 1..=4 {
            if i + len <= text.len() && text[i..i + len].iter().all(char::is_ascii_digit) {
                reach[i + len] = true;
                used_a_part[i + len] |= used_a_part[i];
            }
        }
    }
    reach[text.len()] && used_a_part[text.len()]
}

/// Hashes a password with Argon2id (19 MiB, 2 passes, 1 lane: OWASP's recommended settings),
/// in PHC string form with its own random salt.
pub fn hash_password(password: &str) -> Result<String, StoreError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Corrupt(format!("could not hash a password: {e}")))
}

/// Whether `password` matches an Argon2id hash made by [`hash_password`].
pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends the time a password check takes, so that answering for an unknown account takes as
/// long as for a known one.
pub fn verify_nothing(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let hash =
        DUMMY.get_or_init(|| hash_password("not a real password at all").unwrap_or_default());
    let _ = verify_password(password, hash);
}

/// `bytes` random bytes from the operating system, as URL-safe base64.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    // The operating system's generator failing means nothing secret can be made safely.
    #[allow(clippy::expect_used)]
    getrandom::fill(&mut buf).expect("the operating system's random number generator works");
    URL_SAFE_NO_PAD.encode(buf)
}

/// SHA-256 of a token, in hex: what the database keeps instead of the token. Tokens carry 256
/// random bits, so a fast hash is enough; it keeps a leaked database from opening sessions.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new personal API token: `(token, hash, prefix)`. The token starts `tsr_` so secret
/// scanners and people can recognise it.
pub fn new_api_token() -> (String, String, String) {
    let token = format!("tsr_{}", random_token(32));
    let hash = hash_token(&token);
    let prefix = token.chars().take(10).collect();
    (token, hash, prefix)
}

/// A new key for a shared link.
pub fn new_share_key() -> String {
    random_token(18)
}

/// A random password that meets the policy: five groups of five letters and digits, about
/// 129 bits, for the first administrator and the demo owner.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut buf = [0u8; 25];
    #[allow(clippy::expect_used)]
    getrandom::fill(&mut buf).expect("the operating system's random number generator works");
    let chars: Vec<char> = buf
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    chars
        .chunks(5)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passwords_are_refused_whatever_their_characters() {
        let err = check_password("Tr0ub4dor&3!", &[]).expect_err("refused");
        assert!(err.contains("at least 15"), "{err}");
        assert!(err.contains("it has 12"), "{err}");
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        for weak in [
            "passwordpassword",
            "123456789012345",
            "qwertyuiopasdfgh",
            "aaaaaaaaaaaaaaaaaaaa",
        ] {
            let err = check_password(weak, &[]).expect_err("refused");
            assert!(err.contains("too easy to guess"), "{weak}: {err}");
        }
        let err = check_password("amina.hassan@example.org", &["amina.hassan@example.org"])
            .expect_err("refused");
        assert!(err.contains("too easy to guess"), "{err}");
    }

    #[test]
    fn long_passphrases_pass_without_symbols_or_capitals() {
        check_password("correct horse battery staple", &[]).expect("four random words");
        check_password("kettle orbit lantern marsh", &["sam@example.org"]).expect("ok");
        check_password(&generate_password(), &[]).expect("generated passwords pass");
    }

    #[test]
    fn passwords_made_of_the_persons_own_name_or_address_are_refused() {
        let me = ["sam.jones@council.example", "Sam Jones"];
        for bad in [
            "Sam Jones Sam Jones",
            "samjonessamjonessamjones",
            "sam.jones@council.example",
            "jones sam 2024 jones sam",
            "Council Sam Jones council",
            "SamJones!SamJones!",
        ] {
            let refused = check_password(bad, &me);
            assert!(refused.is_err(), "{bad:?} was accepted");
        }
        assert!(check_password("kettle orbit lantern marsh", &me).is_ok());
        assert!(check_password("Sam kettle orbit lantern marsh", &me).is_ok());
    }

    #[test]
    fn very_long_passwords_are_refused() {
        let long = "word ".repeat(60);
        assert!(
            check_password(&long, &[])
                .expect_err("refused")
                .contains("at most 256")
        );
    }

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let a = hash_password("correct horse battery staple").expect("hash");
        let b = hash_password("correct horse battery staple").expect("hash");
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(verify_password("correct horse battery staple", &a));
        assert!(!verify_password("correct horse battery stapler", &a));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (token, hash, prefix) = new_api_token();
        assert!(
            token.starts_with("tsr_") && token.len() == 4 + 43,
            "{token}"
        );
        assert_eq!(hash, hash_token(&token));
        assert_eq!(hash.len(), 64);
        assert!(token.starts_with(&prefix));
        assert_ne!(new_api_token().0, token);
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
