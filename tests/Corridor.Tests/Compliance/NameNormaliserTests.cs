using Corridor.Compliance;

namespace Corridor.Tests.Compliance;

public class NameNormaliserTests
{
    [Fact]
    public void Normalise_PersianScript_TransliteratesWithoutVowelsAndMarksTokens()
    {
        var name = NameNormaliser.Normalise("بانک سپه", NameKind.Organisation);

        // the alef of بانک is a written long a (matcher 2.3); سپه writes no vowel
        Assert.Equal("bank sph", name.Form);
        Assert.All(name.Tokens, t => Assert.True(t.Vowelless));
        Assert.Equal(NameSkeleton.Of("sepah"), name.Tokens[1].Skeleton);
    }

    [Fact]
    public void Normalise_Cyrillic_TransliteratesAndCanonicalisesLegalForm()
    {
        var name = NameNormaliser.Normalise("Общество с ограниченной ответственностью «Ромашка»", NameKind.Organisation);

        Assert.Equal("ooo romashka", name.Form);
        Assert.Equal(NameTokenKind.LegalForm, name.Tokens[0].Kind);
    }

    [Theory]
    [InlineData("丹东鸿祥实业发展有限公司", "dan dong hong xiang industrial development coltd")]
    [InlineData("中国石油天然气集团有限公司", "zhong guo shi you tian ran qi group coltd")]
    [InlineData("華為技術有限公司", "hua wei keji coltd")]
    [InlineData("深圳市某某科技股份有限公司", "shen zhen shi mou mou keji jsc")]
    [InlineData("현대자동차 주식회사", "hyeon dae ja dong cha coltd")]
    public void Normalise_ChineseJapaneseKoreanCompanyForms_AreLegalFormsAndGenericWords(string raw, string expected)
    {
        var name = NameNormaliser.Normalise(raw, NameKind.Organisation);

        Assert.Equal(expected, name.Form);
        Assert.Contains(name.Tokens, t => t.Kind == NameTokenKind.LegalForm);
    }

    [Fact]
    public void Normalise_HanFormsInAPersonsName_AreNotCompanyForms()
    {
        var name = NameNormaliser.Normalise("王发展", NameKind.Person);

        Assert.Equal("wang fa zhan", name.Form);
        Assert.All(name.Tokens, t => Assert.Equal(NameTokenKind.Content, t.Kind));
    }

    [Fact]
    public void Normalise_AbjadWordSpeltLikeATitle_IsAName()
    {
        // عمر (Omar) transliterates to mr, which is the English title Mr in a Latin name
        var omar = NameNormaliser.Normalise("عمر العتيبي", NameKind.Person);
        var mister = NameNormaliser.Normalise("Mr Omar Otaibi", NameKind.Person);

        Assert.Equal("mr", omar.Tokens[0].Text);
        Assert.Equal(NameTokenKind.Content, omar.Tokens[0].Kind);
        Assert.Equal("omar otaibi", mister.Form);
    }

    [Theory]
    [InlineData("Limited Liability Company Stripe", "llc stripe")]
    [InlineData("Siemens Aktiengesellschaft", "siemens ag")]
    [InlineData("A.B.C. Company", "abc co")]
    [InlineData("FABERLIC EUROPE Sp. z o.o.", "faberlic europe spzoo")]
    [InlineData("Brigade Forty-Four", "brigade 44")]
    [InlineData("1st International Bank", "1 international bank")]
    [InlineData("Ig0r Sech1n", "igor sechin")]
    [InlineData("AT&T Inc.", "at and t inc")]
    public void Normalise_Examples_GiveExpectedForm(string raw, string expected) =>
        Assert.Equal(expected, NameNormaliser.Normalise(raw, NameKind.Organisation).Form);

    [Fact]
    public void Normalise_GenericAndLegalWords_AreKeptWithLowWeight()
    {
        var name = NameNormaliser.Normalise("Sepah Industrial Group Co Ltd", NameKind.Organisation);

        Assert.Equal("sepah industrial group coltd", name.Form);
        Assert.Equal(1.0, name.Tokens[0].Weight);
        Assert.All(name.Tokens.Skip(1), t => Assert.True(t.Weight <= 0.3, $"{t.Text} weighs {t.Weight}"));
    }

    [Fact]
    public void Skeleton_FoldsTransliterationVariants()
    {
        Assert.Equal(NameSkeleton.Of("khamenei"), NameSkeleton.Of("chamenei".Replace("ch", "kh", StringComparison.Ordinal)));
        Assert.Equal(NameSkeleton.Of("kovalchuk"), NameSkeleton.Of("kowaltschuk"));
        Assert.Equal(NameSkeleton.Of("qaddafi"), NameSkeleton.Of("gaddafi"));
        Assert.Equal("srf", NameSkeleton.Of("dhryf", vowelless: true, persianReading: true));
    }
}
