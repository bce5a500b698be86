namespace Corridor.Compliance;

/// <summary>
/// The version of the matching algorithm (normalisation, word lists, scoring constants). Stored with every screening so
/// that a score can be reproduced for a given list snapshot and algorithm version; any change to the method bumps it.
/// </summary>
public static class MatcherVersion
{
    /// <remarks>
    /// 1.1: candidate generation seeds from keys on at most 2,000 names whatever the list's size (1.0: a fiftieth of
    /// the list); scores differ from 1.0 only on lists of more than 100,000 names.
    /// 1.2: Han characters also read in Korean and Japanese (Unihan) against names without Han characters, in scoring and
    /// as index keys; German/Polish spellings (j, w, tsch/cz, sch/sz) also compared as English spells them; no conflict
    /// term for an alignment of one pair with nothing left over. Scores differ from 1.1 for such names.
    /// </remarks>
    /// 2.0: evidence has to add up (NameEvidence): a skeleton-only agreement, a joined pair or a single common name part
    /// is never enough alone, a one-word list name needs the whole query; written long vowels of Arabic-script tokens
    /// must agree (LongVowels); titles are dropped; content tokens weigh by their rarity on the loaded lists. Scores differ widely.
    /// 2.1: two Han characters or two Hangul syllables agree only when the glyph is the same; a nasab read backwards
    /// (X bin Y ~ Y bin X) is limited; rarity falls from 3 names to 0.25 (2.0: from 10 to 0.5); two common name parts
    /// of a longer listed name, or fewer than two strong parts against a listed name with more parts, are limited; one
    /// edit in a name part of five letters or fewer is not a strong pair; a Latin -ei ending reads as a written long i.
    /// 2.2: Chinese, Japanese and Korean company forms and generic words written in Han or Hangul (有限公司, 集团, 实业,
    /// 주식회사…) are legal forms and generic words, and development, logistics generic words in Latin too;
    /// titles are never read into an abjad word (عمر is Omar, not Mr); a Latin acronym's consonants (TGG) agreeing with a
    /// word's (Togg) are skeleton-only; two short name parts that differ in their first letter (feng ~ deng) do not
    /// support each other when one is a Han or Hangul reading; only very common parts agreeing while the query keeps a rare
    /// part of its own is limited.
    /// 2.3 (decision 032): an Arabic-script alef is a written long a the Latin spelling must have (a final one a final a);
    /// Mandarin syllables with different initials, and an East Asian name with a syllable without counterpart, do not
    /// agree; the -i of descent (Mohammadi ~ Muhammad) contradicts a pair; Seyed/Sayyid/سید is an honorific; field
    /// evidence cannot lift a limited name over the threshold, and a far year of birth takes 0.35 off.
    /// 2.4 (decision 044): a person's initials stand for two given names at most (JC ~ Jean-Claude, not Taş ~ Tabuki Ali Saleh); a one-word vessel or aircraft name needs its letters, not the
    /// consonants of words written together; words written together agreeing on consonants alone support nothing where
    /// both sides write vowels; two different Mandarin syllables contradict a pair whatever differs (shen ~ shun).
    public const string Current = "corridor-match-2.4";
}
