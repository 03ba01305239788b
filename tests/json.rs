//! The crate's own JSON against serde_json: what it writes, serde_json reads
//! to the same value; what serde_json writes (within the formats' numbers),
//! it reads; and no input makes it panic.

#![cfg(not(target_arch = "wasm32"))]

use evidence_checklist::json::Value;
use evidence_checklist::persist::Saved;
use proptest::prelude::*;

fn to_serde(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => (*b).into(),
        Value::Num(n) => (*n).into(),
        Value::Str(s) => s.as_str().into(),
        Value::Arr(a) => a.iter().map(to_serde).collect(),
        Value::Obj(f) => {
            serde_json::Value::Object(f.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect())
        }
    }
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::Num),
        any::<String>().prop_map(Value::Str),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Arr),
            // Distinct keys, as serde_json's map keeps one of each.
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Value::Obj(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn serde_json_reads_what_we_write(v in value()) {
        for text in [v.to_string(), v.to_pretty()] {
            let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&theirs, &to_serde(&v));
            prop_assert_eq!(Value::parse(&text), Ok(v.clone()));
        }
    }

    #[test]
    fn we_read_what_serde_json_writes(v in value()) {
        let text = serde_json::to_string_pretty(&to_serde(&v)).unwrap();
        // serde_json's map sorts keys; compare through serde_json again.
        let ours = Value::parse(&text).unwrap();
        prop_assert_eq!(to_serde(&ours), to_serde(&v));
    }

    #[test]
    fn any_text_is_read_or_refused_without_a_panic(text in ".*") {
        let _ = Value::parse(&text);
        let _ = Saved::from_json(&text);
    }

    #[test]
    fn damaged_saved_work_is_refused_or_read_without_a_panic(cut in 0usize..400, byte in any::<u8>()) {
        let good = r#"{"version":1,"text":"Officials said it.","restored":[0],"answers":["source-named",null,null,null,null],"answered":[true,false,false,false,false],"step":"named","summary":false,"source_name":"x","mode":"practice","revealed":[false,false,false,false,false],"lang":"es"}"#;
        let mut bytes = good.as_bytes().to_vec();
        let at = cut.min(bytes.len());
        bytes.truncate(at);
        let _ = Saved::from_bytes(&bytes);
        let mut flipped = good.as_bytes().to_vec();
        if let Some(b) = flipped.get_mut(cut) {
            *b = byte;
        }
        let _ = Saved::from_bytes(&flipped);
    }
}

#[test]
fn saved_work_reads_every_field() {
    let text = r#"{"version":1,"text":"Officials said it.","restored":[0],"answers":["source-named",null,null,null,null],"answered":[true,false,false,false,false],"step":"named","summary":false,"source_name":"x","mode":"practice","revealed":[true,false,false,false,false],"lang":"es"}"#;
    let s = Saved::from_json(text).unwrap();
    assert_eq!(s.text, "Officials said it.");
    assert_eq!(s.restored, [0]);
    assert_eq!(s.answered, [true, false, false, false, false]);
    assert_eq!(s.revealed, [true, false, false, false, false]);
    assert_eq!(s.step.map(|x| x.id()), Some("named"));
    assert_eq!(s.source_name, "x");
    assert_eq!(s.mode.id(), "practice");
    assert_eq!(s.lang.map(|l| l.id()), Some("es"));
    assert_eq!(s.to_json(), text);
    // Each field of the wrong shape makes the whole unreadable.
    for bad in [
        r#"{"version":"1"}"#,
        r#"{"version":1,"text":3}"#,
        r#"{"version":1,"restored":[-1]}"#,
        r#"{"version":1,"answered":[true]}"#,
        r#"{"version":1,"step":"nowhere"}"#,
        r#"{"version":1,"summary":"yes"}"#,
        r#"{"version":1,"mode":"exam"}"#,
        r#"{"version":1,"lang":"fr"}"#,
        r#"{"version":4294967296}"#,
    ] {
        assert!(Saved::from_json(bad).is_err(), "{bad}");
    }
    // null for the nullable fields, and nothing at all, read as defaults.
    let s = Saved::from_json(r#"{"version":1,"step":null,"lang":null}"#).unwrap();
    assert_eq!((s.step, s.lang), (None, None));
}
