using System.Net;
using Corridor.Organisations;

namespace Corridor.Tests.Web;

public sealed class HostSmokeTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>
{
    [Fact]
    public async Task Health_Anonymous_AnswersOk()
    {
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Me_SignedIn_NamesUserRoleAndOrganisation()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);
        var me = await client.GetStringAsync("/api/me");
        Assert.Contains("analyst@a.test", me, StringComparison.Ordinal);
        Assert.Contains("\"organisation\":\"A\"", me, StringComparison.Ordinal);
    }
}
