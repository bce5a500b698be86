using Corridor.Import;
using Corridor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// A class fixture like <see cref="ReferenceDataApp"/> over either database: the web application of
/// <typeparamref name="TFactory"/> with the reference data imported into organisation A and the one-entry sample list.
/// </summary>
public sealed class SeededApp<TFactory> : IAsyncLifetime
    where TFactory : CorridorAppFactory, new()
{
    public TFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        if (Factory.OrganisationA == Guid.Empty)
        {
            return; // PostgreSQL is not running: the tests say so
        }

        await Factory.ActAsync(Factory.OrganisationA, async sp =>
        {
            var result = await sp.GetRequiredService<ImportRunner>().RunAsync(Fixtures.ReferenceData);
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            await Fixtures.LoadSampleListAsync(sp);
        });
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
