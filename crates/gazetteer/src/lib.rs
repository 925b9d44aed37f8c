//! Gazetteer entity matching for news text.
//!
//! (Contract sketch: the gazetteer helper owns this crate and replaces this text.)

use whosaid_core::{EntityKind, Span};
use whosaid_tokenize::Tokens;

/// An index into a [`Gazetteer`]'s entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub u32);

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The stable slug written to output tables ("sergei-lavrov").
    pub id: String,
    /// Person, organization, group or country.
    pub kind: EntityKind,
    /// The canonical name ("Sergei Lavrov").
    pub name: String,
    /// Other names ("Sergey Lavrov", "Lavrov").
    pub aliases: Vec<String>,
    /// Usual roles ("foreign minister").
    pub roles: Vec<String>,
}

/// One mention of a name in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Where the mention is in the original text (without a possessive "'s").
    pub span: Span,
    /// The gazetteer entry, or `None` for a name found by its shape alone.
    pub entity: Option<EntityId>,
    /// What the name refers to.
    pub kind: EntityKind,
    /// The canonical name: the gazetteer's, or for names not in it the fullest form used
    /// earlier in the same text ("Cook" after "Peter Cook" is "Peter Cook").
    pub name: String,
}

/// One role title in a text ("press secretary", "Deputy Defense Minister").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleMention {
    /// Where the title is in the original text.
    pub span: Span,
}

/// The names and role titles found in one text, each in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotation {
    /// Name mentions, in text order, not overlapping.
    pub mentions: Vec<Mention>,
    /// Role titles, in text order, not overlapping.
    pub roles: Vec<RoleMention>,
}

/// Matches a gazetteer's names in text.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
}

impl Gazetteer {
    /// The entry behind a mention's id.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.0 as usize)
    }

    /// Finds names and role titles in `text`, tokenized as `tokens`.
    pub fn annotate(&self, _text: &str, _tokens: &Tokens) -> Annotation {
        Annotation::default()
    }
}
