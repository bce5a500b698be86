using System.Collections.Frozen;

namespace Corridor.Compliance;

/// <summary>
/// The closed word lists of the matcher: legal forms (with their long spellings in several languages, as they read after
/// transliteration), generic business words, particles and titles, and number words. Nothing here names a listed party;
/// the lists describe how names are built, not which names exist.
/// </summary>
internal static class NameVocabulary
{
    /// <summary>Multi-word legal forms, longest first, each to its canonical short form.</summary>
    public static readonly (string[] Words, string Canonical)[] LegalPhrases =
    [
        (["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"], "ooo"),
        (["tovarystvo", "z", "obmezhenoyu", "vidpovidalnistyu"], "tov"),
        (["gesellschaft", "mit", "beschrankter", "haftung"], "gmbh"),
        (["societatea", "cu", "raspundere", "limitata"], "srl"),
        (["societa", "a", "responsabilita", "limitata"], "srl"),
        (["publichnoe", "aktsionernoe", "obshchestvo"], "pao"),
        (["otkrytoe", "aktsionernoe", "obshchestvo"], "oao"),
        (["zakrytoe", "aktsionernoe", "obshchestvo"], "zao"),
        (["open", "joint", "stock", "company"], "ojsc"),
        (["closed", "joint", "stock", "company"], "cjsc"),
        (["public", "joint", "stock", "company"], "pjsc"),
        (["limited", "liability", "company"], "llc"),
        (["limited", "liability", "partnership"], "llp"),
        (["public", "limited", "company"], "plc"),
        (["joint", "stock", "company"], "jsc"),
        (["aktsionernoe", "obshchestvo"], "ao"),
        (["limited", "partnership"], "lp"),
        (["societe", "anonyme"], "sa"),
        (["sociedad", "anonima"], "sa"),
        (["sp", "z", "oo"], "spzoo"),
        (["pty", "ltd"], "ptyltd"),
        (["pte", "ltd"], "pteltd"),
        (["co", "ltd"], "coltd"),
    ];

    /// <summary>
    /// Company forms and generic business words written in Han (Chinese, Japanese) or Hangul, longest first, each to a
    /// canonical word of <see cref="LegalForms"/> or <see cref="GenericWords"/>: a Han or Hangul name is one token per
    /// character, so without these 丹东鸿祥实业发展有限公司 would be twelve name parts, eight of them 实业 发展 有限 公司
    /// (industrial development company limited) that no Latin spelling of the name has. Matched on the characters as
    /// written, in organisation names and names of unknown kind, never in a person's name.
    /// </summary>
    public static readonly (string Phrase, string Canonical)[] CjkPhrases =
    [
        ("股份有限公司", "jsc"), ("有限责任公司", "llc"), ("有限責任公司", "llc"), ("有限公司", "coltd"), ("株式会社", "coltd"),
        ("有限会社", "ltd"), ("주식회사", "coltd"), ("유한회사", "llc"), ("公司", "co"), ("会社", "co"), ("회사", "co"),
        ("集团", "group"), ("集團", "group"), ("그룹", "group"), ("控股", "holding"), ("实业", "industrial"), ("實業", "industrial"),
        ("工业", "industrial"), ("工業", "industrial"), ("产业", "industrial"), ("產業", "industrial"), ("산업", "industrial"),
        ("贸易", "trading"), ("貿易", "trading"), ("商贸", "trading"), ("商貿", "trading"), ("무역", "trading"),
        ("国际", "international"), ("國際", "international"), ("国際", "international"), ("发展", "development"),
        ("發展", "development"), ("科技", "keji"), ("技术", "keji"), ("技術", "keji"), ("投资", "investment"),
        ("投資", "investment"), ("企业", "enterprise"), ("企業", "enterprise"), ("服务", "services"), ("服務", "services"),
        ("物流", "logistics"),
    ];

    /// <summary>Single-word legal forms (canonical form → family). Families group forms that mean the same kind of company.</summary>
    public static readonly FrozenDictionary<string, (string Canonical, string Family)> LegalForms = new Dictionary<string, (string, string)>
    {
        ["llc"] = ("llc", "limited"), ["ooo"] = ("ooo", "limited"), ["gmbh"] = ("gmbh", "limited"), ["ltd"] = ("ltd", "limited"),
        ["limited"] = ("ltd", "limited"), ["ltda"] = ("ltd", "limited"), ["srl"] = ("srl", "limited"), ["sarl"] = ("sarl", "limited"),
        ["bv"] = ("bv", "limited"), ["spzoo"] = ("spzoo", "limited"), ["kft"] = ("kft", "limited"), ["doo"] = ("doo", "limited"),
        ["tov"] = ("tov", "limited"), ["ptyltd"] = ("ptyltd", "limited"), ["pteltd"] = ("pteltd", "limited"), ["coltd"] = ("coltd", "limited"),
        ["pty"] = ("pty", "limited"), ["pte"] = ("pte", "limited"), ["sl"] = ("sl", "limited"), ["fze"] = ("fze", "limited"),
        ["fzco"] = ("fzco", "limited"), ["fzc"] = ("fzc", "limited"), ["fzllc"] = ("fzllc", "limited"), ["bhd"] = ("bhd", "limited"),
        ["sdn"] = ("sdn", "limited"),
        ["jsc"] = ("jsc", "stock"), ["ojsc"] = ("ojsc", "stock"), ["cjsc"] = ("cjsc", "stock"), ["pjsc"] = ("pjsc", "stock"),
        ["oao"] = ("oao", "stock"), ["zao"] = ("zao", "stock"), ["pao"] = ("pao", "stock"), ["ao"] = ("ao", "stock"),
        ["ag"] = ("ag", "stock"), ["aktiengesellschaft"] = ("ag", "stock"), ["sa"] = ("sa", "stock"), ["spa"] = ("spa", "stock"),
        ["nv"] = ("nv", "stock"), ["ab"] = ("ab", "stock"), ["as"] = ("as", "stock"), ["oy"] = ("oy", "stock"), ["oyj"] = ("oyj", "stock"),
        ["se"] = ("se", "stock"), ["sas"] = ("sas", "stock"), ["kg"] = ("kg", "partnership"), ["lp"] = ("lp", "partnership"),
        ["llp"] = ("llp", "partnership"), ["plc"] = ("plc", "public"),
        ["inc"] = ("inc", "corp"), ["incorporated"] = ("inc", "corp"), ["corp"] = ("corp", "corp"), ["corporation"] = ("corp", "corp"),
        ["co"] = ("co", "company"), ["company"] = ("co", "company"), ["cos"] = ("co", "company"), ["kompaniya"] = ("co", "company"),
        ["sherkat"] = ("co", "company"), ["shrkt"] = ("co", "company"), ["pt"] = ("pt", "limited"), ["cv"] = ("cv", "stock"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Generic words that occur in many unrelated company names, each to its meaning so that the same word in another
    /// language or script agrees (group = gruppa = grwh, the vowelless Persian گروه; industrial = snty, صنعتی).
    /// </summary>
    public static readonly FrozenDictionary<string, string> GenericWords = new Dictionary<string, string>
    {
        ["group"] = "group", ["gruppe"] = "group", ["gruppa"] = "group", ["groupe"] = "group", ["grupo"] = "group",
        ["grwh"] = "group", ["gorooh"] = "group", ["goruh"] = "group",
        ["holding"] = "holding", ["holdings"] = "holding", ["kholding"] = "holding",
        ["industries"] = "industrial", ["industrial"] = "industrial", ["industry"] = "industrial", ["snty"] = "industrial",
        ["snyy"] = "industrial", ["sanati"] = "industrial", ["sanaye"] = "industrial", ["sanaat"] = "industrial",
        ["trading"] = "trading", ["trade"] = "trading", ["tjrt"] = "trading", ["torgovyy"] = "trading", ["torgovaya"] = "trading",
        ["international"] = "international", ["intl"] = "international", ["mezhdunarodnyy"] = "international", ["bynlmlly"] = "international",
        ["enterprise"] = "enterprise", ["enterprises"] = "enterprise", ["predpriyatie"] = "enterprise",
        ["services"] = "services", ["service"] = "services", ["partners"] = "partners", ["solutions"] = "solutions",
        ["global"] = "global", ["investment"] = "investment", ["investments"] = "investment", ["kontsern"] = "concern",
        ["concern"] = "concern", ["konzern"] = "concern", ["mv"] = "vessel", ["mt"] = "vessel",
        ["development"] = "development", ["logistics"] = "logistics", ["keji"] = "technology",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Particles and titles, each to a family so that spelling variants (al/el, bin/ben/ibn) agree.</summary>
    public static readonly FrozenDictionary<string, string> Particles = new Dictionary<string, string>
    {
        ["al"] = "al", ["el"] = "al", ["ul"] = "al", ["ad"] = "al", ["ar"] = "al", ["as"] = "al", ["ash"] = "al", ["at"] = "al",
        ["bin"] = "bin", ["ben"] = "bin", ["ibn"] = "bin", ["bint"] = "bin", ["binti"] = "bin", ["bn"] = "bin",
        ["and"] = "and", ["et"] = "and", ["und"] = "and", ["y"] = "and",
        ["de"] = "de", ["del"] = "de", ["der"] = "de", ["den"] = "de", ["van"] = "de", ["von"] = "de", ["da"] = "de",
        ["di"] = "de", ["du"] = "de", ["dos"] = "de", ["das"] = "de", ["la"] = "de", ["le"] = "de",
        ["the"] = "the", ["of"] = "of", ["for"] = "for",
        ["mr"] = "title", ["mrs"] = "title", ["ms"] = "title", ["miss"] = "title", ["dr"] = "title", ["prof"] = "title",
        ["sir"] = "title", ["president"] = "title", ["presidente"] = "title", ["prasident"] = "title", ["praesident"] = "title",
        ["monsieur"] = "title", ["madame"] = "title", ["mme"] = "title", ["herr"] = "title", ["frau"] = "title",
        ["sheikh"] = "title", ["shaikh"] = "title", ["haji"] = "title", ["hajji"] = "title", ["mullah"] = "title",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Titles and honorifics, dropped from names (matcher 2.0): they say nothing about who a party is, and on lists they
    /// appear in one spelling and not another (President, Президент → prezident, Predsjednik, Dr, Mr, Sheikh).
    /// </summary>
    public static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "monsieur", "madame", "mme", "herr", "frau", "sheikh", "shaikh", "haji", "hajji",
        "mullah", "president", "presidente", "prasident", "praesident", "prezident", "prezydent", "predsjednik", "predsednik",
        "predsedatel", "minister", "ministr", "ministre", "colonel", "polkovnik", "gospodin", "gospozha", "senor", "senora",
        "shri", "smt", "ayatollah", "hojatoleslam",
        // the honorific of a descendant of the Prophet, often left out (Seyed Ali ~ Ali; matcher 2.3)
        "sayyid", "sayyed", "seyyed", "seyyid", "seyed", "sayed", "syed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The same honorific written in Arabic script (سید, سيد, with or without shadda); only where the name has other words.</summary>
    public static readonly FrozenSet<string> AbjadTitles = new[] { "سید", "سيد", "سیّد", "سيّد" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>Words that are particles only in a person's name (elsewhere "as", "at", "i", "y" are legal forms or content).</summary>
    public static readonly FrozenSet<string> PersonOnlyParticles = new[] { "as", "at", "ad", "ar", "y", "la", "le" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Endings of patronymics (Viktorovich, Ivanovna, Oleksandrovych, …): name parts often left out.</summary>
    public static readonly string[] PatronymicEndings = ["ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ogly", "oglu", "kyzy"];

    /// <summary>The number words of at least five letters, cardinals first, for reading misspelt numbers.</summary>
    public static readonly (string Word, int Value)[] FuzzyNumberWords =
    [
        ("three", 3), ("seven", 7), ("eight", 8), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
        ("ninth", 9), ("tenth", 10),
    ];

    /// <summary>Long legal-form words that are matched despite one (or, from ten letters, two) typing errors.</summary>
    private static readonly string[] LongLegalWords = ["aktiengesellschaft", "incorporated", "corporation", "company", "limited"];

    /// <summary>Whether a word is a vocabulary word, allowing a typing error in long words.</summary>
    public static bool SameWord(string word, string vocabulary) =>
        word == vocabulary
        || (vocabulary.Length >= 6 && word.Length > 0 && word[0] == vocabulary[0] && Math.Abs(word.Length - vocabulary.Length) <= 2
            && EditDistance.Osa(word, vocabulary) <= (vocabulary.Length >= 10 ? 2 : 1));

    public static bool TryLegalForm(string word, out (string Canonical, string Family) legal)
    {
        if (LegalForms.TryGetValue(word, out legal))
        {
            return true;
        }

        foreach (var candidate in LongLegalWords)
        {
            if (SameWord(word, candidate))
            {
                legal = LegalForms[candidate];
                return true;
            }
        }

        return false;
    }

    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
