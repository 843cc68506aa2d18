//! The respondent pages' own words ("Continue", "Skip this question", the consent box…) in the
//! questionnaire's language.
//!
//! English and Welsh come from the Fluent messages (`respond.ftl`), like every other page.
//! Respondents also read Arabic, Ukrainian and Dari/Farsi, which the rest of the interface does
//! not speak; for them a small table here holds the few words of the respondent's chrome.
//! Decision: a table rather than three more Fluent locales, because only these ~20 words
//! are needed in those languages and a whole locale would be held to every key of every area.
//! These words are drafts no fluent speaker has reviewed (see `docs/collecting.md`); any word
//! missing in the table, and every language beyond these, falls back to English, marked
//! `lang="en"` so screen readers switch voice.

use tessera_l10n::{Arg, Lang as UiLang, t_in};
use tessera_survey::Lang;

/// One word or sentence of the chrome, with the language it is actually in.
pub(crate) struct Word {
    pub text: String,
    pub lang: String,
}

/// Unreviewed drafts: (key, Arabic, Ukrainian, Farsi/Dari).
const TABLE: &[(&str, &str, &str, &str)] = &[
    ("continue", "متابعة", "Продовжити", "ادامه"),
    (
        "skip",
        "تخطي هذا السؤال",
        "Пропустити це запитання",
        "رد شدن از این سؤال",
    ),
    ("back", "رجوع", "Назад", "بازگشت"),
    (
        "submit",
        "إرسال إجاباتي",
        "Надіслати мої відповіді",
        "ارسال پاسخ‌هایم",
    ),
    ("optional", "(اختياري)", "(необов'язково)", "(اختیاری)"),
    (
        "error-summary",
        "هناك مشكلة",
        "Виникла проблема",
        "مشکلی وجود دارد",
    ),
    (
        "consent-title",
        "قبل أن تبدأ",
        "Перш ніж почати",
        "پیش از شروع",
    ),
    (
        "consent-agree",
        "أوافق على المشاركة وعلى حفظ إجاباتي كما هو موضح أعلاه",
        "Я погоджуюся взяти участь і на збереження моїх відповідей, як описано вище",
        "موافقم که شرکت کنم و پاسخ‌هایم همان‌طور که در بالا آمده نگهداری شود",
    ),
    (
        "consent-hint",
        "المشاركة ليست إلزامية. يمكنك التوقف في أي وقت وتخطي أي سؤال غير ضروري.",
        "Участь не є обов'язковою. Ви можете зупинитися будь-коли і пропустити будь-яке необов'язкове запитання.",
        "لازم نیست شرکت کنید. هر زمان می‌توانید دست بکشید و از هر سؤالی که ضروری نیست بگذرید.",
    ),
    ("start", "ابدأ", "Почати", "شروع"),
    (
        "save",
        "احفظ وعُد لاحقًا",
        "Зберегти й повернутися пізніше",
        "ذخیره و بازگشت بعدی",
    ),
    ("language-label", "اللغة", "Мова", "زبان"),
    (
        "language-submit",
        "تغيير اللغة",
        "Змінити мову",
        "تغییر زبان",
    ),
    ("done-title", "شكرًا لك", "Дякуємо", "سپاسگزاریم"),
    (
        "done-body",
        "تم إرسال إجاباتك. يمكنك الآن إغلاق هذه الصفحة.",
        "Ваші відповіді надіслано. Тепер ви можете закрити цю сторінку.",
        "پاسخ‌های شما فرستاده شد. اکنون می‌توانید این صفحه را ببندید.",
    ),
    (
        "closed-title",
        "هذا الاستبيان مغلق",
        "Це опитування закрито",
        "این پرسشنامه بسته است",
    ),
    (
        "too-many-title",
        "انتظر دقيقة",
        "Зачекайте хвилину",
        "یک دقیقه صبر کنید",
    ),
    (
        "error-too-many",
        "أُرسلت إجابات كثيرة جدًا من هذا المكان في الدقيقة الأخيرة. انتظر دقيقة، ثم ارجع وأرسل إجاباتك مرة أخرى.",
        "За останню хвилину звідси надіслано забагато відповідей. Зачекайте хвилину, поверніться назад і надішліть відповіді ще раз.",
        "در یک دقیقهٔ گذشته پاسخ‌های بسیار زیادی از این‌جا فرستاده شده است. یک دقیقه صبر کنید، سپس برگردید و پاسخ‌های خود را دوباره بفرستید.",
    ),
    (
        "error-required",
        "أجب عن هذا السؤال للمتابعة.",
        "Дайте відповідь на це запитання, щоб продовжити.",
        "برای ادامه به این سؤال پاسخ دهید.",
    ),
];

/// The language's name in itself, for the language chooser.
pub(crate) fn endonym(lang: &Lang) -> String {
    match lang.primary() {
        "en" => "English",
        "cy" => "Cymraeg",
        "ar" => "العربية",
        "uk" => "Українська",
        "fa" => "فارسی",
        "prs" => "دری",
        "ps" => "پښتو",
        "ur" => "اردو",
        "pl" => "Polski",
        "ro" => "Română",
        "es" => "Español",
        "fr" => "Français",
        "so" => "Soomaali",
        "ti" => "ትግርኛ",
        _ => lang.english_name(),
    }
    .to_owned()
}

/// The chrome in one language.
#[derive(Clone)]
pub(crate) struct Chrome {
    lang: Lang,
}

impl Chrome {
    pub(crate) fn new(lang: &Lang) -> Self {
        Self { lang: lang.clone() }
    }

    /// The interface language (English or Welsh) nearest the respondent's, for Fluent.
    pub(crate) fn ui(&self) -> UiLang {
        if self.lang.primary() == "cy" {
            UiLang::Cy
        } else {
            UiLang::En
        }
    }

    /// The word `key` (without its `respond-` prefix).
    pub(crate) fn w(&self, key: &str) -> Word {
        self.wa(key, &[])
    }

    /// The word `key` with values (Fluent languages only take the values; the table's words
    /// have none).
    pub(crate) fn wa(&self, key: &str, args: &[(&str, Arg)]) -> Word {
        let column = match self.lang.primary() {
            "ar" => Some(1),
            "uk" => Some(2),
            "fa" | "prs" => Some(3),
            _ => None,
        };
        if let Some(c) = column
            && let Some(row) = TABLE.iter().find(|r| r.0 == key)
        {
            let text = match c {
                1 => row.1,
                2 => row.2,
                _ => row.3,
            };
            return Word {
                text: text.to_owned(),
                lang: self.lang.code().to_owned(),
            };
        }
        let ui = if matches!(self.lang.primary(), "en" | "cy") {
            self.ui()
        } else {
            UiLang::En
        };
        Word {
            text: t_in(ui, &format!("respond-{key}"), args),
            lang: ui.code().to_owned(),
        }
    }

    /// "Page 2 of 5", in digits every reader knows.
    pub(crate) fn page_of(&self, page: usize, pages: usize) -> Word {
        let column = match self.lang.primary() {
            "ar" => Some(("صفحة", "من")),
            "uk" => Some(("Сторінка", "з")),
            "fa" | "prs" => Some(("صفحه", "از")),
            _ => None,
        };
        match column {
            Some((p, of)) => Word {
                text: format!("{p} {page} {of} {pages}"),
                lang: self.lang.code().to_owned(),
            },
            None => self.wa("page-of", &[("page", page.into()), ("pages", pages.into())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_readers_get_the_tables_words_and_polish_readers_english_marked_as_such() {
        let ar = Chrome::new(&Lang::parse("ar").expect("valid"));
        let w = ar.w("continue");
        assert_eq!((w.text.as_str(), w.lang.as_str()), ("متابعة", "ar"));
        let pl = Chrome::new(&Lang::parse("pl").expect("valid"));
        let w = pl.w("continue");
        assert_eq!((w.text.as_str(), w.lang.as_str()), ("Continue", "en"));
        let cy = Chrome::new(&Lang::welsh());
        assert_eq!(cy.w("continue").text, "Parhau");
        let w = ar.w("saved-title");
        assert_eq!(
            w.lang, "en",
            "a word not in the table is English, marked so"
        );
    }
}
