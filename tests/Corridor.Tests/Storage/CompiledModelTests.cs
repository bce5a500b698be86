using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.Tests.Storage;

/// <summary>
/// Corridor runs on the generated compiled models (decision 015). They must describe exactly the model the code
/// builds — tables, columns, keys, indexes — and carry the same organisation filters, which are attached at run time.
/// A model change without <c>scripts/ef-compiled-models.sh</c> fails here.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData("corridor-compiled-model-check.db")]
    [InlineData("Host=127.0.0.1;Database=corridor_compiled_model_check")]
    public void CompiledModel_DescribesTheSameTablesAsTheCodesModel(string database)
    {
        var location = DatabaseLocation.Resolve(database);
        using var built = new CorridorDbContextFactory(location, TimeProvider.System, compiledModel: false).Create(new ActorContext());
        using var compiled = new CorridorDbContextFactory(location, TimeProvider.System).Create(new ActorContext());
        Assert.IsAssignableFrom<RuntimeModel>(compiled.Model);

        var expected = Describe(built.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        var actual = Describe(compiled.Model.GetRelationalModel());
        Assert.True(expected.Count > 100, $"only {expected.Count} facts about the {built.Provider} model");
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"the compiled {built.Provider} model differs from the code's model (run scripts/ef-compiled-models.sh): "
            + $"missing {string.Join("; ", missing.Take(10))}; extra {string.Join("; ", extra.Take(10))}");
    }

    /// <summary>One line per table, view, column, key, index and foreign key, with what the database sees of it.</summary>
    private static HashSet<string> Describe(IRelationalModel model)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in model.Tables)
        {
            facts.Add($"table {table.SchemaQualifiedName}");
            foreach (var column in table.Columns)
            {
                facts.Add($"column {table.Name}.{column.Name} {column.StoreType} null={column.IsNullable} default={column.DefaultValueSql}{column.DefaultValue} computed={column.ComputedColumnSql}");
            }

            foreach (var constraint in table.UniqueConstraints)
            {
                facts.Add($"unique {table.Name}.{constraint.Name} primary={constraint.GetIsPrimaryKey()} ({string.Join(",", constraint.Columns.Select(c => c.Name))})");
            }

            foreach (var index in table.Indexes)
            {
                facts.Add($"index {table.Name}.{index.Name} unique={index.IsUnique} filter={index.Filter} ({string.Join(",", index.Columns.Select(c => c.Name))})");
            }

            foreach (var key in table.ForeignKeyConstraints)
            {
                facts.Add($"fk {table.Name}.{key.Name} -> {key.PrincipalTable.Name} ({string.Join(",", key.Columns.Select(c => c.Name))}) on delete {key.OnDeleteAction}");
            }

            foreach (var mapping in table.EntityTypeMappings)
            {
                facts.Add($"maps {table.Name} <- {mapping.TypeBase.Name}");
            }
        }

        foreach (var view in model.Views)
        {
            facts.Add($"view {view.SchemaQualifiedName} ({string.Join(",", view.Columns.Select(c => $"{c.Name} {c.StoreType}"))})");
        }

        return facts;
    }

    [Theory]
    [InlineData("corridor-compiled-model-check.db")]
    [InlineData("Host=127.0.0.1;Database=corridor_compiled_model_check")]
    public void CompiledModel_FiltersEveryEntityTypeAsTheCodesModelDoes(string database)
    {
        var location = DatabaseLocation.Resolve(database);
        var actor = new ActorContext();
        actor.Set(Guid.NewGuid(), Guid.NewGuid(), "compiled model test");
        using var built = new CorridorDbContextFactory(location, TimeProvider.System, compiledModel: false).Create(actor);
        using var compiled = new CorridorDbContextFactory(location, TimeProvider.System).Create(actor);

        var filtered = 0;
        foreach (var entityType in built.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.HasSharedClrType))
        {
            // The SQL of a plain query over each entity set shows its filter; both models must write the same.
            var sql = (DbContext db) => ((IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entityType.ClrType).Invoke(db, null)!).ToQueryString();
            Assert.Equal(sql(built), sql(compiled));
            if (entityType.GetDeclaredQueryFilters().Count > 0)
            {
                filtered++;
                Assert.Single(compiled.Model.FindEntityType(entityType.ClrType)!.GetDeclaredQueryFilters());
            }
        }

        var owned = built.Model.GetEntityTypes().Count(t => typeof(Corridor.Common.IOrganisationOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null);
        Assert.True(owned > 10, $"only {owned} organisation-owned entity types found");
        Assert.Equal(owned, filtered);
    }
}
