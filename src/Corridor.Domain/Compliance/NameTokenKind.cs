namespace Corridor.Compliance;

/// <summary>What a token of a normalised name is; the kind sets its weight in scoring.</summary>
public enum NameTokenKind
{
    /// <summary>An ordinary name part (a given name, a surname, a brand).</summary>
    Content,

    /// <summary>A generic business word (company, group, trading, industrial…): weighs little but is kept.</summary>
    Generic,

    /// <summary>A legal form (LLC, OOO, JSC, GmbH…), canonicalised so that long and short forms agree.</summary>
    LegalForm,

    /// <summary>A particle or title (al, bin, de, the, of, mr, dr…).</summary>
    Particle,

    /// <summary>A number (digits, number words, ordinals and, outside person names, Roman numerals), held as decimal digits.</summary>
    Number,

    /// <summary>A patronymic in a person's name (Viktorovich, Ivanovna): often left out, so it weighs less.</summary>
    Patronymic,

    /// <summary>A single letter standing for a name part.</summary>
    Initial,
}
