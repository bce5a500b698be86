using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Storage;

/// <summary>
/// The migrations of each provider describe exactly the code's model. Start-up does not check this (it costs a third
/// of a second on every start), so this test does: a model change without its migration fails here.
/// </summary>
public sealed class MigrationModelTests
{
    [Theory]
    [InlineData("corridor-model-check.db")]
    [InlineData("Host=127.0.0.1;Database=corridor_model_check")]
    public void Model_HasNoChangesMissingFromTheMigrations(string database)
    {
        var factory = new CorridorDbContextFactory(DatabaseLocation.Resolve(database), TimeProvider.System, compiledModel: false);
        using var db = factory.Create(new ActorContext());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"the {db.Provider} model has changes no migration describes: add a migration (see docs/architecture.md)");
    }
}
