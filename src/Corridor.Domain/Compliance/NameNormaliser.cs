using System.Globalization;
using System.Text;
using AnyAscii;

namespace Corridor.Compliance;

/// <summary>
/// Turns a name in any script into tokens: Unicode NFKC, case folding, transliteration to ASCII with AnyAscii (one word at
/// a time, so that each token knows whether its script omits short vowels), dotted initialisms joined (A.B.C. → abc),
/// hyphens and punctuation split, digits in words read as the letters they imitate, number words and ordinals as numbers,
/// legal forms canonicalised and particles, titles and generic words marked. Pure and deterministic.
/// </summary>
public static class NameNormaliser
{
    public static NormalisedName Normalise(string name, NameKind kind = NameKind.Unknown)
    {
        var words = new List<Word>();
        var spelt = SplitWords(name.Normalize(NormalizationForm.FormKC)).ToList();
        foreach (var word in spelt)
        {
            if (spelt.Count > 1 && NameVocabulary.AbjadTitles.Contains(word))
            {
                continue;
            }

            AddTransliterated(word, words);
        }

        var abjad = name.Any(static ch => ch is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'));
        var tokens = new List<NameToken>(words.Count);
        List<(int Token, int Han, bool WordStart)>? han = null;
        var i = 0;
        while (i < words.Count)
        {
            if (kind != NameKind.Person && TryCjkPhrase(words, i, out var cjk, out var written))
            {
                tokens.Add(NameVocabulary.LegalForms.TryGetValue(cjk, out var form)
                    ? new NameToken(form.Canonical, NameSkeleton.Of(form.Canonical), NameTokenKind.LegalForm, false, form.Family)
                    : new NameToken(cjk, NameSkeleton.Of(cjk), NameTokenKind.Generic, false, NameVocabulary.GenericWords[cjk]));
                i += written;
                continue;
            }

            if (TryLegalPhrase(words, i, out var consumed, out var canonical))
            {
                var (c, family) = NameVocabulary.LegalForms[canonical];
                tokens.Add(new NameToken(c, NameSkeleton.Of(c), NameTokenKind.LegalForm, false, family));
                i += consumed;
                continue;
            }

            if (TryNumber(words, i, kind, out consumed, out var number))
            {
                tokens.Add(new NameToken(number, number, NameTokenKind.Number, false));
                i += consumed;
                continue;
            }

            var (text, vowelless, character, wordStart) = words[i];
            var glyph = words[i].Glyph;
            if (character != 0)
            {
                (han ??= []).Add((tokens.Count, character, wordStart));
            }

            if (!vowelless && NameVocabulary.IsTitle(text))
            {
                // titles and honorifics (President, Президент, Predsjednik, Dr, Sheikh) say nothing about who it is; the
                // list is of Latin and Cyrillic spellings, and a word of an abjad that transliterates alike is a name
                // (عمر mr is Omar, not Mr)
                i++;
                continue;
            }

            var token = Classify(text, vowelless, kind, tokens.Count == 0);
            token = abjad && vowelless ? token with { Abjad = true } : token;
            tokens.Add(glyph != 0 ? token with { Glyph = glyph } : token);
            i++;
        }

        return new NormalisedName(name, tokens) { Readings = han is null ? null : NameReadings.Of(han), Kind = kind };
    }

    /// <summary>A word of the name after transliteration; <see cref="Han"/> is the Han character it was read from (0 if none).</summary>
    private readonly record struct Word(string Text, bool Vowelless, int Han = 0, bool WordStart = false)
    {
        /// <summary>The Han character or Hangul syllable the word was read from (0 if none).</summary>
        public int Glyph { get; init; }
    }

    private static NameToken Classify(string text, bool vowelless, NameKind kind, bool first)
    {
        var skeleton = NameSkeleton.Of(text, vowelless);
        if (kind != NameKind.Person && NameVocabulary.TryLegalForm(text, out var legal))
        {
            return new NameToken(legal.Canonical, NameSkeleton.Of(legal.Canonical), NameTokenKind.LegalForm, vowelless, legal.Family);
        }

        if (NameVocabulary.Particles.TryGetValue(text, out var family)
            && (kind == NameKind.Person || !NameVocabulary.PersonOnlyParticles.Contains(text))
            && !(vowelless && family == "title"))
        {
            return new NameToken(text, skeleton, NameTokenKind.Particle, vowelless, family);
        }

        if (kind != NameKind.Person && NameVocabulary.GenericWords.TryGetValue(text, out var meaning))
        {
            return new NameToken(text, skeleton, NameTokenKind.Generic, vowelless, meaning);
        }

        if (text.Length == 1 && char.IsAsciiLetter(text[0]) && !vowelless)
        {
            return new NameToken(text, text, NameTokenKind.Initial, false);
        }

        _ = first;
        if (vowelless && NameSkeleton.Of(text, true, persianReading: true) is var alt && alt != skeleton)
        {
            return new NameToken(text, skeleton, NameTokenKind.Content, true) { AltSkeleton = alt };
        }

        var spelling = vowelless ? null : NameSkeleton.EnglishSpelling(text);
        if (kind == NameKind.Person && text.Length > 6 && NameVocabulary.PatronymicEndings.Any(e => text.EndsWith(e, StringComparison.Ordinal)))
        {
            return new NameToken(text, skeleton, NameTokenKind.Patronymic, vowelless) { Spelling = spelling };
        }

        return new NameToken(text, skeleton, NameTokenKind.Content, vowelless) { Spelling = spelling };
    }

    /// <summary>A company form or generic word in Han or Hangul (<see cref="NameVocabulary.CjkPhrases"/>) starting at word <paramref name="at"/>, one word per character.</summary>
    private static bool TryCjkPhrase(List<Word> words, int at, out string canonical, out int consumed)
    {
        canonical = "";
        consumed = 0;
        if (words[at].Glyph == 0)
        {
            return false;
        }

        foreach (var (phrase, c) in NameVocabulary.CjkPhrases)
        {
            if (at + phrase.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
            {
                all = words[at + k].Glyph == phrase[k];
            }

            if (all)
            {
                canonical = c;
                consumed = phrase.Length;
                return true;
            }
        }

        return false;
    }

    private static bool TryLegalPhrase(List<Word> words, int at, out int consumed, out string canonical)
    {
        foreach (var (phrase, c) in NameVocabulary.LegalPhrases)
        {
            if (at + phrase.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
            {
                all = NameVocabulary.SameWord(words[at + k].Text, phrase[k]);
            }

            if (all)
            {
                consumed = phrase.Length;
                canonical = c;
                return true;
            }
        }

        consumed = 0;
        canonical = "";
        return false;
    }

    private static bool TryNumber(List<Word> words, int at, NameKind kind, out int consumed, out string number)
    {
        consumed = 0;
        number = "";
        var text = words[at].Text;
        if (text.All(char.IsAsciiDigit))
        {
            number = text.TrimStart('0') is { Length: > 0 } t ? t : "0";
            consumed = 1;
            return true;
        }

        if (text.Length > 2 && text[..^2].All(char.IsAsciiDigit) && text[^2..] is "st" or "nd" or "rd" or "th")
        {
            number = text[..^2];
            consumed = 1;
            return true;
        }

        if (NumberWord(text) is { } value)
        {
            consumed = 1;
            if (value is >= 20 and < 100 && value % 10 == 0 && at + 1 < words.Count
                && (NumberWord(words[at + 1].Text) ?? (words[at + 1].Text is [var d] && char.IsAsciiDigit(d) ? d - '0' : null)) is { } unit and > 0 and < 10)
            {
                value += unit;
                consumed = 2;
            }

            number = value.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        if (kind is NameKind.Organisation or NameKind.Vessel && at > 0 && RomanNumeral.TryParse(text, out var roman))
        {
            number = roman.ToString(CultureInfo.InvariantCulture);
            consumed = 1;
            return true;
        }

        return false;
    }

    private static int? NumberWord(string text)
    {
        if (NameVocabulary.NumberWords.TryGetValue(text, out var v))
        {
            return v;
        }

        if (text.Length >= 5)
        {
            // cardinals come first in the list, so "fourty" reads as forty rather than fourth
            foreach (var (word, value) in NameVocabulary.FuzzyNumberWords)
            {
                if (word[0] == text[0] && Math.Abs(word.Length - text.Length) <= 1 && EditDistance.Osa(word, text) <= 1)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>Splits on white space, keeping each word in its own script; a word is a run of non-space characters.</summary>
    private static IEnumerable<string> SplitWords(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is ',' or ';' or '/' or '(' or ')' or '[' or ']' or '"' or '«' or '»' or '“' or '”' or '„' or '·' or '・' or '|' or '+' or ':')
            {
                if (sb.Length > 0)
                {
                    yield return sb.ToString();
                    sb.Clear();
                }
            }
            else
            {
                sb.Append(ch);
            }
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }

    private static void AddTransliterated(string word, List<Word> output)
    {
        // Han and Hangul transliterate to capitalised syllables run together (金正恩 → JinZhengEn): each syllable is a name
        // part, so each character becomes its own token. A Han character's token remembers the character, whose Korean and
        // Japanese readings (NameReadings) are other readings of it.
        var vowelless = false;
        var sb = new StringBuilder(word.Length + 8);
        List<(string Text, int Glyph)>? segments = null;
        var previous = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            var v = rune.Value;
            // Abjads (Arabic, Persian, Hebrew) omit short vowels; Indic, Thai, Khmer, Ethiopic and similar scripts carry
            // an inherent vowel that transliteration renders unreliably. Both are compared on the consonant skeleton.
            // Hangul romanises its vowels in several competing ways (eo/o, eu/u) and joins the same group.
            if (v is (>= 0x0590 and <= 0x08FF) or (>= 0x0900 and <= 0x109F) or (>= 0x1200 and <= 0x139F) or (>= 0x1780 and <= 0x17FF)
                or (>= 0xAC00 and <= 0xD7AF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF))
            {
                vowelless = true;
            }

            if (v < 0x80)
            {
                sb.Append((char)v);
                continue;
            }

            // AnyAscii drops the alef, which is a written long a (سایپا → syp, read as Sepah): keep it as a (matcher 2.3);
            // after a zero-width non-joiner it only carries the suffix -i (خامنه‌ای Khamenei)
            var t = v is 0x0627 or 0x0623 or 0x0625 or 0x0671 && previous != 0x200C ? "a" : rune.ToString().Transliterate();
            previous = v;
            if (v is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF))
            {
                segments ??= [];
                segments.Add((sb.ToString(), 0));
                segments.Add((t, v));
                sb.Clear();
            }
            else if (v is >= 0xAC00 and <= 0xD7AF)
            {
                // a Hangul syllable is a name part of its own too; its token remembers the syllable (not read as Han)
                segments ??= [];
                segments.Add((sb.ToString(), 0));
                segments.Add((t, v));
                sb.Clear();
            }
            else
            {
                sb.Append(t);
            }
        }

        if (segments is null)
        {
            AddPieces(sb.ToString(), 0, vowelless, output);
            return;
        }

        // the text between Han characters is split as before; each Han character's reading is one word of its own
        var start = output.Count;
        segments.Add((sb.ToString(), 0));
        foreach (var (text, glyph) in segments)
        {
            if (glyph == 0)
            {
                AddPieces(" " + text + " ", 0, vowelless, output);
            }
            else if (glyph is >= 0xAC00 and <= 0xD7AF)
            {
                var before = output.Count;
                AddPieces(" " + text + " ", 0, vowelless, output);
                for (var k = before; k < output.Count; k++)
                {
                    output[k] = output[k] with { Glyph = glyph };
                }
            }
            else
            {
                var character = glyph;
                var before = output.Count;
                AddPieces(" " + text + " ", character, vowelless, output);
                if (output.Count == before + 1 && before == start)
                {
                    output[before] = output[before] with { WordStart = true };
                }
                else if (output.Count != before + 1)
                {
                    // a reading that is not one word is not a name part of its own: keep it, without readings
                    for (var k = before; k < output.Count; k++)
                    {
                        output[k] = output[k] with { Han = 0 };
                    }
                }

                if (output.Count == before + 1)
                {
                    output[before] = output[before] with { Glyph = character };
                }
            }
        }
    }

    private static void AddPieces(string text, int han, bool vowelless, List<Word> output)
    {
        var ascii = text.ToLowerInvariant();
        foreach (var piece in SplitAscii(ascii))
        {
            output.Add(new Word(piece, vowelless && piece.Any(char.IsAsciiLetter), han));
        }
    }

    /// <summary>Splits a transliterated word on punctuation, joining dotted initials (a.b.c. → abc, j.-c. → jc).</summary>
    private static IEnumerable<string> SplitAscii(string ascii)
    {
        if (IsDottedInitialism(ascii))
        {
            var joined = new string(ascii.Where(char.IsAsciiLetterOrDigit).ToArray());
            if (joined.Length > 0)
            {
                yield return joined;
            }

            yield break;
        }

        if (ascii.EndsWith("'s", StringComparison.Ordinal) && ascii.Length > 3)
        {
            ascii = ascii[..^2];
        }

        var sb = new StringBuilder();
        foreach (var ch in ascii)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (ch is '\'' or '`' or '\u2019')
            {
                // apostrophes, hamza and ayn vanish: Qa'ida = Qaida
            }
            else if (ch == '&')
            {
                if (sb.Length > 0)
                {
                    yield return Deleet(sb.ToString());
                    sb.Clear();
                }

                yield return "and";
            }
            else if (sb.Length > 0)
            {
                yield return Deleet(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            yield return Deleet(sb.ToString());
        }
    }

    private static bool IsDottedInitialism(string ascii)
    {
        // "a.b.c.", "j.-c.", "u.s.", "p.l.c.", "g.m.b.h.": at least two dots, every letter run of length one or two.
        if (ascii.Count(c => c == '.') < 2)
        {
            return false;
        }

        var run = 0;
        foreach (var ch in ascii)
        {
            if (char.IsAsciiLetter(ch))
            {
                if (++run > 1)
                {
                    return false;
                }
            }
            else if (ch is '.' or '-')
            {
                run = 0;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Digits inside a word of letters are read as the letters they imitate (ig0r → igor, sech1n → sechin).</summary>
    private static string Deleet(string token)
    {
        var letters = token.Count(char.IsAsciiLetter);
        var digits = token.Length - letters;
        if (token.Length > 2 && token[..^2].All(char.IsAsciiDigit) && token[^2..] is "st" or "nd" or "rd" or "th")
        {
            return token;
        }

        if (digits == 0 || letters == 0 || letters < digits || !char.IsAsciiLetter(token[0]) && !char.IsAsciiLetter(token[^1]))
        {
            return token;
        }

        if (char.IsAsciiLetter(token[0]) && token.SkipWhile(char.IsAsciiLetter).All(char.IsAsciiDigit) && letters >= 2)
        {
            // a code like ahl1 or a type designation: keep as written
            return token;
        }

        return string.Create(token.Length, token, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = t[i] switch
                {
                    '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '6' => 'g', '7' => 't', '8' => 'b', '9' => 'g',
                    var c => c,
                };
            }
        });
    }
}
