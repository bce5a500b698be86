using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>A created shipment, or the refusals with the input field each is about (null: the network or the stored state refuses it).</summary>
public sealed record ShipmentCreation(Shipment? Shipment, IReadOnlyList<FieldError> Refusals)
{
    public bool Succeeded => Refusals.Count == 0;

    public IReadOnlyList<string> Errors => Refusals.Select(r => r.Message).ToList();

    /// <exception cref="InvalidOperationException">The shipment was refused.</exception>
    public Shipment Value => Shipment ?? throw new InvalidOperationException(string.Join("; ", Errors));

    public static ShipmentCreation Refused(params FieldError[] refusals) => new(null, refusals);
}

/// <summary>Creates tracked shipments from route options and records their events.</summary>
public sealed class ShipmentTracking(CorridorDbContext db, ScenarioStore scenarios)
{
    /// <summary>Plans <paramref name="request"/> on the stored network and tracks option <paramref name="rank"/> (1 = best).</summary>
    public async Task<ShipmentCreation> CreateAsync(string reference, RouteRequest request, int rank = 1, CancellationToken ct = default)
    {
        if (await db.Set<Shipment>().AnyAsync(s => s.Reference == reference, ct))
        {
            return ShipmentCreation.Refused(new FieldError("reference", $"a shipment '{reference}' exists already"));
        }

        var network = await scenarios.NetworkAsync(null, ct);
        var answer = RouteFinder.Find(new NetworkGraph(network.Value), request with { MaxOptions = Math.Max(rank, request.MaxOptions) });
        if (!answer.Feasible)
        {
            return new ShipmentCreation(null, answer.Refusals.Select(r => new FieldError(r.Field, r.Message)).ToList());
        }

        if (rank < 1 || rank > answer.Options.Count)
        {
            return ShipmentCreation.Refused(new FieldError("rank", $"there are {answer.Options.Count} options; rank {rank} does not exist"));
        }

        var option = answer.Options[rank - 1];
        var shipment = new Shipment(reference, request.Cargo.ToString(), request.Due, option.Legs.Select(PlannedLeg.Of).ToList());
        db.Add(shipment);
        await db.SaveChangesAsync(ct);
        return new ShipmentCreation(shipment, []);
    }

    public Task<Shipment?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<Shipment>().Include(s => s.Events).SingleOrDefaultAsync(s => s.Id == id, ct);

    public async Task<Result<ShipmentEvent>> RecordAsync(Guid id, ShipmentEventKind kind, string node, DateTimeOffset at, decimal? delayHours, string? note, CancellationToken ct = default)
    {
        var shipment = await FindAsync(id, ct);
        if (shipment is null)
        {
            return Result<ShipmentEvent>.Failure($"shipment {id} does not exist");
        }

        var result = shipment.Record(kind, node, at, delayHours, note);
        if (result.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    public Task<List<Shipment>> ListAsync(bool lateOnly, CancellationToken ct = default) =>
        db.Set<Shipment>().AsNoTracking().Where(s => !lateOnly || s.Late).OrderBy(s => s.Reference).ToListAsync(ct);
}
