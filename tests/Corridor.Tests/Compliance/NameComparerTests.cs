using Corridor.Compliance;

namespace Corridor.Tests.Compliance;

public class NameComparerTests
{
    private static NameComparison Compare(string a, string b, NameKind kind = NameKind.Organisation) =>
        NameComparer.Compare(NameNormaliser.Normalise(a, kind), NameNormaliser.Normalise(b, kind));

    [Fact]
    public void Compare_PersianWithoutVowels_MatchesLatinSpelling()
    {
        var c = Compare("بانک سپه", "Bank Sepah");

        Assert.True(c.Score >= 0.9, $"score {c.Score}");
        Assert.Contains(c.Tokens, t => t.Kind == TokenMatchKind.Skeleton && t.Candidate == "sepah");
    }

    [Fact]
    public void Compare_GermanAndPolishSpellings_MatchTheEnglishOnes()
    {
        var german = Compare("Jewgenij Tschernow", "Yevgeniy Chernov", NameKind.Person);
        var polish = Compare("Szczepan Wojcik", "Shchepan Voycik", NameKind.Person);

        Assert.True(german.Score >= 0.95, $"score {german.Score}");
        Assert.Contains(german.Tokens, t => t.Kind == TokenMatchKind.Spelling && t.Candidate == "chernov");
        Assert.True(polish.Score >= 0.95, $"score {polish.Score}");
        Assert.Equal("yevgeniy", NameSkeleton.EnglishSpelling("jewgenij"));
        Assert.Null(NameSkeleton.EnglishSpelling("djamal"));
    }

    [Fact]
    public void Compare_OneWordNames_ScoreTheCreditOfTheirPair()
    {
        // no conflict term between two one-word names: the score is the pair's credit alone
        var c = Compare("Konstantinos", "Konstantin", NameKind.Person);
        var pair = Assert.Single(c.Tokens);
        var credit = Math.Clamp((pair.Similarity - NameComparer.Tuning.CreditFloor) / (NameComparer.Tuning.CreditFull - NameComparer.Tuning.CreditFloor), 0, 1);

        Assert.Equal(Math.Round(credit, 3), Math.Round(c.Score, 3));
    }

    [Fact]
    public void Compare_SharedLegalFormOnly_IsNotAMatch()
    {
        Assert.True(Compare("Volkswagen AG", "Siemens AG").Score < 0.3);
        Assert.True(Compare("Sepah Trading Company LLC", "Mellat Trading Company LLC").Score < NameComparer.DefaultThreshold);
    }

    [Fact]
    public void Compare_LegalFormSpellings_Agree()
    {
        Assert.True(Compare("OOO Oboronnye Initsiativy", "Oboronnye Initsiativy Limited Liability Company").Score >= 0.9);
        Assert.True(Compare("ООО \"Ромашка\"", "Romashka OOO").Score >= 0.95);
    }

    [Fact]
    public void Compare_SwappedGivenName_IsBelowThreshold()
    {
        var c = Compare("Boris Vekselberg", "Viktor Vekselberg", NameKind.Person);

        Assert.True(c.Score < NameComparer.DefaultThreshold, $"score {c.Score}");
        Assert.Contains(c.Tokens, t => t.Kind == TokenMatchKind.QueryOnly && t.Query == "boris");
        Assert.Contains(c.Tokens, t => t.Kind == TokenMatchKind.CandidateOnly && t.Candidate == "viktor");
    }

    [Fact]
    public void Compare_TypoAndTokenOrder_StillMatch()
    {
        Assert.True(Compare("Putin, Vladimir", "Vladimir Putin", NameKind.Person).Score >= 0.95);
        Assert.True(Compare("Vladmir Putin", "Vladimir Putin", NameKind.Person).Score >= 0.8);
        Assert.True(Compare("VladimirPutin", "Vladimir Putin", NameKind.Person).Score >= 0.9);
    }

    [Fact]
    public void Compare_SameInput_GivesSameScoreAndExplanation()
    {
        var a = Compare("Islamic Republic of Iran Shipping Lines", "IRISL Islamic Rep. of Iran Shipping Line");
        var b = Compare("Islamic Republic of Iran Shipping Lines", "IRISL Islamic Rep. of Iran Shipping Line");

        Assert.Equal(a.Score, b.Score);
        Assert.Equal(a.Tokens, b.Tokens);
    }

    [Fact]
    public void Compare_LatinAcronymAgainstAWordWithTheSameConsonants_IsNoStrongPair()
    {
        // TGG is an acronym: its skeleton is itself, and Togg's consonants agreeing with it say nothing
        var acronym = Compare("Togg", "TGG");
        var spelling = Compare("Usama", "Osama", NameKind.Person);

        Assert.True(acronym.Score < NameComparer.DefaultThreshold, $"{acronym.Score}");
        Assert.True(spelling.Score >= NameComparer.DefaultThreshold, $"{spelling.Score}");
    }

    [Fact]
    public void Compare_HanSyllableWhoseFirstSoundDiffers_DoesNotSupportAnExactOne()
    {
        // 高峰 Gao Feng against DENG Gao: gao agrees, feng ~ deng is one letter of four, but another syllable
        var han = Compare("高峰", "DENG, Gao", NameKind.Person);
        var latinTypo = Compare("Harry Page", "Larry Page", NameKind.Person);

        Assert.True(han.Score < NameComparer.DefaultThreshold, $"{han.Score}");
        Assert.NotNull(han.Limited);
        Assert.True(latinTypo.Score >= NameComparer.DefaultThreshold, $"{latinTypo.Score}");
    }
}
