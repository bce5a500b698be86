using System.Linq.Expressions;
using Corridor.Common;
#if !CORRIDOR_MODEL_GENERATION
using Corridor.Storage.CompiledModels.Postgres;
using Corridor.Storage.CompiledModels.Sqlite;
#endif
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Internal;

namespace Corridor.Storage;

/// <summary>
/// The EF Core compiled models of the two providers (generated into <c>Storage/CompiledModels</c> by
/// <c>scripts/ef-compiled-models.sh</c>; decision 015) and the one thing the generator cannot write: the organisation
/// query filters, attached here to the same entity types, with the same expression, as
/// <see cref="CorridorDbContext"/>'s <c>OnModelCreating</c> gives the model it builds. <c>CompiledModelTests</c>
/// checks that both models have the same tables, columns, keys, indexes and filters.
/// </summary>
internal static class CompiledModelSource
{
#if CORRIDOR_MODEL_GENERATION
    public static Func<IModel>? Sqlite => null;

    public static Func<IModel>? Postgres => null;
#else
    public static Func<IModel>? Sqlite { get; } = () => SqliteCorridorDbContextModel.Instance;

    public static Func<IModel>? Postgres { get; } = () => PostgresCorridorDbContextModel.Instance;
#endif

    /// <summary>Adds the organisation filter to every root entity type that belongs to an organisation.</summary>
    public static void AttachOrganisationFilters(RuntimeModel model)
    {
        // EF reads a runtime entity type's filters from this annotation (EF Core 10's RuntimeModelConvention writes
        // the same collection when it turns a built model into a runtime one); the types are EF's own, marked
        // internal-use, so an EF upgrade that changes them fails CompiledModelTests and the isolation tests.
#pragma warning disable EF1001
        foreach (var entityType in ((IModel)model).GetEntityTypes().Cast<RuntimeEntityType>())
        {
            if (typeof(IOrganisationOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                var filter = CorridorDbContext.OwnedByCurrentOrganisation(entityType.ClrType, Expression.Constant(null, typeof(CorridorDbContext)));
                entityType.AddAnnotation("QueryFilter", new QueryFilterCollection([new RuntimeQueryFilter(null, filter)]));
            }
        }
#pragma warning restore EF1001
    }
}
