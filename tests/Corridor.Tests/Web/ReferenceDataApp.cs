using Corridor.Import;
using Corridor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// A class fixture: the web application with the reference data imported into organisation A and a one-entry sample
/// sanctions list loaded, so that its screened counterparties count as screened and orders can pass the gate.
/// </summary>
public sealed class ReferenceDataApp : IAsyncLifetime
{
    public CorridorAppFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        await Factory.ActAsync(Factory.OrganisationA, async sp =>
        {
            var result = await sp.GetRequiredService<ImportRunner>().RunAsync(Fixtures.ReferenceData);
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            await Fixtures.LoadSampleListAsync(sp);
        });
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
