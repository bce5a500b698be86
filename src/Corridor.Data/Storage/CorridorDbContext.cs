using System.Linq.Expressions;
using Corridor.Audit;
using Corridor.Catalog;
using Corridor.Compliance;
using Corridor.Documents;
using Corridor.Common;
using Corridor.Intelligence;
using Corridor.MarketAccess;
using Corridor.Organisations;
using Corridor.Trade;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Storage;

/// <summary>
/// The one DbContext of Corridor. Each provider has a subclass so that each keeps its own migration set:
/// <code>
/// dotnet ef migrations add NAME -p src/Corridor.Data -s src/Corridor.Data -c SqliteCorridorDbContext -o Migrations/Sqlite
/// dotnet ef migrations add NAME -p src/Corridor.Data -s src/Corridor.Data -c PostgresCorridorDbContext -o Migrations/Postgres
/// </code>
/// Organisation isolation lives here and only here: every entity that implements
/// <see cref="IOrganisationOwned"/> gets a query filter on <see cref="CurrentOrganisationId"/>, and the
/// <see cref="OwnershipAndAuditInterceptor"/> (one per <see cref="CorridorDbContextFactory"/>, in the shared options;
/// it acts for the saving context's <see cref="Actor"/>) stamps and checks the owner on every write.
/// </summary>
public abstract class CorridorDbContext : DbContext, IDataProtectionKeyContext
{
    protected CorridorDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// Who the context acts for. Set by <see cref="CorridorDbContextFactory.Create(ICurrentActor)"/> on every use; a
    /// context back in the factory's pool acts for nobody (sees no organisation's records, can write none).
    /// </summary>
    public ICurrentActor Actor { get; internal set; } = NoActor.Instance;

    /// <summary>Read by the query filters on every query; null matches no organisation-owned row.</summary>
    public Guid? CurrentOrganisationId => Actor.OrganisationId;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>
    /// False only while <c>dotnet ef dbcontext optimize</c> generates the compiled models (it cannot write query
    /// filters); <see cref="CompiledModelSource.OrganisationFilters"/> attaches them to the compiled model at run time.
    /// </summary>
    internal bool OrganisationFilters { get; init; } = true;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Maker> Makers => Set<Maker>();

    public DbSet<VehicleModel> VehicleModels => Set<VehicleModel>();

    public DbSet<Part> Parts => Set<Part>();

    public DbSet<Market> Markets => Set<Market>();

    public DbSet<ReportedFigure> ReportedFigures => Set<ReportedFigure>();

    public DbSet<RecordedOrderLine> RecordedOrderLines => Set<RecordedOrderLine>();

    /// <summary>ASP.NET Core data-protection keys (cookie encryption), shared by every server on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ListSnapshot> ListSnapshots => Set<ListSnapshot>();

    public DbSet<ListSnapshotEntry> ListSnapshotEntries => Set<ListSnapshotEntry>();

    public DbSet<Counterparty> Counterparties => Set<Counterparty>();

    public DbSet<Screening> Screenings => Set<Screening>();

    public DbSet<PossibleMatch> PossibleMatches => Set<PossibleMatch>();

    public DbSet<TradeDocument> Documents => Set<TradeDocument>();

    public DbSet<DocumentPdf> DocumentPdfs => Set<DocumentPdf>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<FactCandidate> FactCandidates => Set<FactCandidate>();

    public DbSet<ReviewedFact> ReviewedFacts => Set<ReviewedFact>();

    /// <summary>Ends this use of the context; a pooled context forgets its actor before it goes back to the pool.</summary>
    public override void Dispose()
    {
        Actor = NoActor.Instance;
        base.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        Actor = NoActor.Instance;
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CorridorDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(IOrganisationOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                if (OrganisationFilters)
                {
                    modelBuilder.Entity(entityType.ClrType).HasQueryFilter(OwnedByCurrentOrganisation(entityType.ClrType, Expression.Constant(this)));
                }

                modelBuilder.Entity(entityType.ClrType).HasIndex(nameof(IOrganisationOwned.OrganisationId));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money and quantities are decimal everywhere; 18 digits before and 6 after the point hold
        // rial amounts and exchange rates alike.
        configurationBuilder.Properties<decimal>().HavePrecision(24, 6);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    /// <param name="context">The context whose <see cref="CurrentOrganisationId"/> the filter reads; EF replaces any
    /// expression of the context's type by the context running the query, so the instance itself is never read.</param>
    internal static LambdaExpression OwnedByCurrentOrganisation(Type clrType, Expression context)
    {
        // e => EF.Property<Guid>(e, "OrganisationId") == (Guid?)this.CurrentOrganisationId
        var e = Expression.Parameter(clrType, "e");
        var owner = Expression.Convert(
            Expression.Call(typeof(EF), nameof(EF.Property), [typeof(Guid)], e, Expression.Constant(nameof(IOrganisationOwned.OrganisationId))),
            typeof(Guid?));
        var current = Expression.Property(context, nameof(CurrentOrganisationId));
        return Expression.Lambda(Expression.Equal(owner, current), e);
    }
}

/// <summary>The actor of a context between uses: no organisation, no user.</summary>
internal sealed class NoActor : ICurrentActor
{
    public static readonly NoActor Instance = new();

    public Guid? OrganisationId => null;

    public Guid? UserId => null;

    public string Name => "nobody (a pooled context between uses)";
}
