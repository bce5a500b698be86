#if !CORRIDOR_MODEL_GENERATION
namespace Corridor.Storage.CompiledModels.Sqlite
{
    /// <summary>The generated SQLite model, completed with the organisation filters (see <see cref="CompiledModelSource"/>).</summary>
    public partial class SqliteCorridorDbContextModel
    {
        partial void Customize() => CompiledModelSource.AttachOrganisationFilters(this);
    }
}

namespace Corridor.Storage.CompiledModels.Postgres
{
    /// <summary>The generated PostgreSQL model, completed with the organisation filters (see <see cref="CompiledModelSource"/>).</summary>
    public partial class PostgresCorridorDbContextModel
    {
        partial void Customize() => CompiledModelSource.AttachOrganisationFilters(this);
    }
}
#endif
