using Corridor.Catalog;
using Corridor.MarketAccess;
using static Corridor.Tests.MarketAccess.AccessBuilder;

namespace Corridor.Tests.MarketAccess;

public class CertificateTests
{
    [Fact]
    public void Revoke_IsFinal_AndHistoryIsKept()
    {
        var cert = Cert(Car, "OTTS", "A-1", "2014-06-01", null, EmissionClass.Euro4);
        Assert.True(cert.Revoke(D("2015-01-01"), "fraud", Recorded).Succeeded);
        var again = cert.Reinstate(D("2015-02-01"), "appeal", Recorded);
        Assert.False(again.Succeeded);
        Assert.Contains("final", again.Errors[0], StringComparison.Ordinal);
        Assert.Equal([CertificateStatus.Valid, CertificateStatus.Revoked], cert.History.Select(h => h.Status));
        Assert.Equal(CertificateStatus.Valid, cert.StatusOn(D("2014-12-31")));
        Assert.Equal(CertificateStatus.Revoked, cert.StatusOn(D("2015-01-01")));
    }

    [Fact]
    public void ChangeStatus_BeforeLastChange_IsRefused()
    {
        var cert = Cert(Car, "OTTS", "A-1", "2014-06-01");
        Assert.True(cert.Suspend(D("2015-06-01"), "audit", Recorded).Succeeded);
        Assert.False(cert.Reinstate(D("2015-05-01"), "audit passed", Recorded).Succeeded);
        Assert.False(cert.Suspend(D("2015-07-01"), "again", Recorded).Succeeded);
    }

    [Fact]
    public void Constructor_ExpiryNotAfterIssue_ThrowsNamingColumn()
    {
        var ex = Assert.Throws<ArgumentException>(() => Cert(Car, "OTTS", "A-1", "2014-06-01", "2014-06-01"));
        Assert.Equal("expires_on", ex.ParamName);
    }
}
