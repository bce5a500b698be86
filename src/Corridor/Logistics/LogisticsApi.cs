using Corridor.Common;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>The corridor network, route options, departures, bookings and plan allocation.</summary>
public static class LogisticsApi
{
    public static IEndpointRouteBuilder MapLogisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/logistics").WithTags("Logistics").RequireAuthorization(Policies.Read);

        api.MapGet("/nodes", ListNodes).WithName("ListNetworkNodes").WithSummary("Nodes of the corridor network with coordinates.");
        api.MapGet("/links", ListLinks).WithName("ListNetworkLinks").WithSummary("Links of the corridor network.");
        api.MapGet("/routes", Routes).WithName("FindRoutes").WithSummary("Up to k ranked route options for a shipment (vehicles or tonnes, ready date, optional due date, objective, constraints, scenario), or why there is none.");
        api.MapGet("/departures", ListDepartures).WithName("ListDepartures").WithSummary("Scheduled departures with free capacity; filter by from, to and service.");
        api.MapGet("/departures/{id:guid}/bookings", DepartureBookings).WithName("ListDepartureBookings").WithSummary("The organisation's bookings on one departure.");
        api.MapPost("/bookings", Book).WithName("CreateBooking").WithSummary("Reserves capacity on a departure; refused (409) with the reason when it does not fit, unless waitlisting is asked.").RequireAuthorization(Policies.WriteLogistics);
        api.MapGet("/bookings/{id:guid}", GetBooking).WithName("GetBooking").WithSummary("One of the organisation's bookings.");
        api.MapPost("/bookings/{id:guid}/cancel", Cancel).WithName("CancelBooking").WithSummary("Cancels a booking and releases its capacity.").RequireAuthorization(Policies.WriteLogistics);
        api.MapPost("/shipments", CreateShipment).WithName("CreateShipment").WithSummary("Tracks a shipment along one of the route options (rank 1 = best) for its cargo and dates.").RequireAuthorization(Policies.WriteLogistics);
        api.MapGet("/shipments", ListShipments).WithName("ListShipments").WithSummary("The organisation's tracked shipments with ETA; late=true for the late ones.");
        api.MapGet("/shipments/{id:guid}", GetShipment).WithName("GetShipment").WithSummary("One tracked shipment with its legs, events, ETA and late flag.");
        api.MapPost("/shipments/{id:guid}/events", RecordEvent).WithName("RecordShipmentEvent").WithSummary("Records departed, arrived, border_cleared, delayed or delivered; the ETA is recomputed from the remaining legs.").RequireAuthorization(Policies.WriteLogistics);
        api.MapPost("/plans", Plan).WithName("AllocatePlan").WithSummary("Allocates a demand plan over weekly capacities with OR-Tools (GLOP).").RequireAuthorization(Policies.WriteLogistics);
        return app;
    }

    public sealed record NodeDto(string Code, string Name, string Country, string Kind, double Latitude, double Longitude, string Gauges, decimal HandlingHours, string Transshipment);

    public sealed record LinkDto(string From, string To, string Mode, int? GaugeMm, decimal DistanceKm, decimal TransitHours, decimal CostPerVehicleUsd,
        decimal CostPerTonneUsd, int? CapacityVehiclesPerWeek, decimal? CapacityTonnesPerWeek, bool Bidirectional, string Branch, string? SeasonalClosure);

    private static async Task<Ok<List<NodeDto>>> ListNodes(CorridorDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Set<Node>().AsNoTracking().OrderBy(n => n.Code).ToListAsync(ct))
            .Select(n => new NodeDto(n.Code, n.Name, n.Country, n.Kind.ToString(), n.Latitude, n.Longitude, n.Gauges.ToText(), n.HandlingHours, n.Transshipments.ToText())).ToList());

    private static async Task<Ok<List<LinkDto>>> ListLinks(CorridorDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Set<Link>().AsNoTracking().ToListAsync(ct)).OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new LinkDto(l.FromCode, l.ToCode, l.Mode.ToText(), l.GaugeMm, l.DistanceKm, l.TransitHours, l.CostPerVehicleUsd, l.CostPerTonneUsd,
                l.CapacityVehiclesPerWeek, l.CapacityTonnesPerWeek, l.Bidirectional, l.Branch.ToString(), l.SeasonalClosure)).ToList());

    private static async Task<Results<Ok<RouteAnswerDto>, ValidationProblem, NotFound>> Routes(
        string from, string to, int? vehicles, decimal? tonnes, DateOnly ready, DateOnly? due, string? objective, int? maxOptions, decimal? pricePerDayUsd,
        string[]? avoidCountry, string[]? avoidMode, string[]? avoidNode, string[]? avoidBranch, int? maxTransshipments, string? scenario, ScenarioStore scenarios, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var goal = ParseEnum<RouteObjective>(objective, "objective", errors) ?? RouteObjective.Balanced;
        var modes = (avoidMode ?? []).Select(m => ParseEnum<TransportMode>(m, "avoidMode", errors)).OfType<TransportMode>().ToArray();
        var branches = (avoidBranch ?? []).Select(b => ParseEnum<CorridorBranch>(b, "avoidBranch", errors)).OfType<CorridorBranch>().ToArray();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new RouteQueryDto(from, to, vehicles, tonnes, ready, due, goal, pricePerDayUsd, maxOptions, avoidCountry, modes, avoidNode, branches, maxTransshipments);
        var request = query.ToRequest();
        if (!request.Succeeded)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [CargoField(vehicles, tonnes)] = request.Errors.ToArray() });
        }

        var network = await scenarios.NetworkAsync(scenario, ct);
        if (!network.Succeeded)
        {
            return TypedResults.NotFound();
        }

        var answer = RouteFinder.Find(new NetworkGraph(network.Value), request.Value);
        return TypedResults.Ok(new RouteAnswerDto(answer.Options.Select(RouteOptionDto.From).ToList(), answer.Reasons));
    }

    private static async Task<Ok<List<DepartureDto>>> ListDepartures(string? from, string? to, string? service, CorridorDbContext db, CancellationToken ct)
    {
        var query = db.Set<Departure>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(from))
        {
            query = query.Where(d => d.FromCode == from.ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            query = query.Where(d => d.ToCode == to.ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(service))
        {
            query = query.Where(d => d.ServiceCode == service.ToUpperInvariant());
        }

        return TypedResults.Ok((await query.ToListAsync(ct)).OrderBy(d => d.DepartsAt).Select(DepartureDto.Of).ToList());
    }

    private static async Task<Ok<List<BookingDto>>> DepartureBookings(Guid id, BookingService bookings, CancellationToken ct) =>
        TypedResults.Ok((await bookings.ForDepartureAsync(id, ct)).Select(BookingDto.From).ToList());

    private static async Task<Results<Created<BookingDto>, ValidationProblem, NotFound, ConflictProblem>> Book(BookingInputDto input, BookingService bookings, CancellationToken ct)
    {
        var request = BookingRequest.From(input.DepartureId, input.Vehicles, input.Tonnes, input.Reference, input.Waitlist);
        if (!request.Succeeded)
        {
            return Validation.Problem(request.Errors);
        }

        var (result, found) = await bookings.TryBookAsync(request.Value, ct);
        if (!found)
        {
            return TypedResults.NotFound();
        }

        if (!result.Succeeded)
        {
            return new ConflictProblem("Booking refused", string.Join("; ", result.Errors), result.Errors);
        }

        return TypedResults.Created($"/api/logistics/bookings/{result.Value.Id}", BookingDto.From(result.Value));
    }

    private static async Task<Results<Ok<BookingDto>, NotFound>> GetBooking(Guid id, CorridorDbContext db, CancellationToken ct) =>
        await db.Set<Booking>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) is { } b ? TypedResults.Ok(BookingDto.From(b)) : TypedResults.NotFound();

    private static async Task<Results<Ok<BookingDto>, NotFound, ConflictProblem>> Cancel(Guid id, BookingService bookings, CorridorDbContext db, CancellationToken ct)
    {
        if (!await db.Set<Booking>().AnyAsync(b => b.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var result = await bookings.CancelAsync(id, ct);
        return result.Succeeded ? TypedResults.Ok(BookingDto.From(result.Value)) : new ConflictProblem("Cancellation refused", string.Join("; ", result.Errors), result.Errors);
    }

    private static async Task<Results<Ok<PlanResultDto>, ValidationProblem, NotFound>> Plan(PlanInputDto input, string? scenario, ScenarioStore scenarios, CancellationToken ct)
    {
        if (input.Demands is null)
        {
            return Validation.Problem("demands", "give the demands to allocate");
        }

        var request = PlanResultDto.ToRequest(input);
        if (!request.Succeeded)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["demands"] = request.Errors.ToArray() });
        }

        var network = await scenarios.NetworkAsync(scenario, ct);
        if (!network.Succeeded)
        {
            return TypedResults.NotFound();
        }

        var graph = new NetworkGraph(network.Value);
        return TypedResults.Ok(PlanResultDto.From(PlanAllocator.Allocate(graph, request.Value)));
    }

    /// <summary>A shipment to track along one of the route options for its cargo and dates; exactly one of vehicles and tonnes.</summary>
    /// <param name="Reference">The client's shipment reference; unique in the organisation.</param>
    /// <param name="From">Origin node code (GET /api/logistics/nodes), e.g. IKCO-TEHRAN.</param>
    /// <param name="To">Destination node code, e.g. RU-MOSCOW.</param>
    /// <param name="Vehicles">Vehicles shipped.</param>
    /// <param name="Tonnes">Tonnes shipped.</param>
    /// <param name="Ready">Day the cargo is ready at the origin.</param>
    /// <param name="Due">Day it must arrive; options arriving later are late.</param>
    /// <param name="Rank">Which route option to follow: 1 is the best for the objective.</param>
    public sealed record ShipmentInputDto(string Reference, string From, string To, int? Vehicles, decimal? Tonnes, DateOnly Ready, DateOnly? Due, int Rank = 1);

    /// <summary>Something that happened to a tracked shipment at a node.</summary>
    /// <param name="Kind">departed, arrived, border_cleared, delayed or delivered.</param>
    /// <param name="Node">Node code where it happened; must be on the shipment's legs.</param>
    /// <param name="At">When it happened.</param>
    /// <param name="DelayHours">For delayed: hours added to the remaining legs.</param>
    /// <param name="Note">Free text for the people following the shipment.</param>
    public sealed record ShipmentEventInputDto(ShipmentEventKind Kind, string Node, DateTimeOffset At, decimal? DelayHours, string? Note);

    public sealed record ShipmentEventDto(ShipmentEventKind Kind, string Node, DateTimeOffset At, decimal? DelayHours, string? Note);

    public sealed record ShipmentDto(Guid Id, string Reference, string Cargo, string From, string To, DateOnly? Due, ShipmentStatus Status, int NextLeg,
        DateTimeOffset Eta, bool Late, IReadOnlyList<PlannedLeg> Legs, IReadOnlyList<ShipmentEventDto> Events)
    {
        public static ShipmentDto Of(Shipment s) => new(s.Id, s.Reference, s.Cargo, s.Origin, s.Destination, s.Due, s.Status, s.NextLeg, s.Eta, s.Late, s.Legs,
            s.Events.OrderBy(e => e.At).Select(e => new ShipmentEventDto(e.Kind, e.Node, e.At, e.DelayHours, e.Note)).ToList());
    }

    private static async Task<Results<Created<ShipmentDto>, ValidationProblem, ConflictProblem>> CreateShipment(ShipmentInputDto input, ShipmentTracking tracking, CancellationToken ct)
    {
        var query = new RouteQueryDto(input.From, input.To, input.Vehicles, input.Tonnes, input.Ready, input.Due).ToRequest();
        if (!query.Succeeded)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [CargoField(input.Vehicles, input.Tonnes)] = query.Errors.ToArray() });
        }

        if (string.IsNullOrWhiteSpace(input.Reference))
        {
            return Validation.Problem("reference", "a reference is required");
        }

        var created = await tracking.CreateAsync(input.Reference, query.Value, input.Rank, ct);
        if (created.Succeeded)
        {
            return TypedResults.Created($"/api/logistics/shipments/{created.Value.Id}", ShipmentDto.Of(created.Value));
        }

        // Refusals of the input itself (an unknown node, a due date before the ready date, a rank beyond the options) are
        // bad requests naming the field; the others (exists already, no feasible route) are refusals by the stored state.
        // (A shipment that exists already names its reference but is a conflict with what is stored.)
        var invalid = created.Refusals.Where(e => e.Field is not null and not "reference").ToList();
        return invalid.Count > 0
            ? Validation.Problem(invalid)
            : new ConflictProblem("Shipment not created", string.Join("; ", created.Errors), created.Errors);
    }

    private static async Task<Ok<List<ShipmentDto>>> ListShipments(bool? late, ShipmentTracking tracking, CancellationToken ct) =>
        TypedResults.Ok((await tracking.ListAsync(late ?? false, ct)).Select(ShipmentDto.Of).ToList());

    private static async Task<Results<Ok<ShipmentDto>, NotFound>> GetShipment(Guid id, ShipmentTracking tracking, CancellationToken ct) =>
        await tracking.FindAsync(id, ct) is { } s ? TypedResults.Ok(ShipmentDto.Of(s)) : TypedResults.NotFound();

    private static async Task<Results<Ok<ShipmentDto>, NotFound, ConflictProblem>> RecordEvent(Guid id, ShipmentEventInputDto input, ShipmentTracking tracking, CancellationToken ct)
    {
        if (await tracking.FindAsync(id, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var result = await tracking.RecordAsync(id, input.Kind, input.Node, input.At, input.DelayHours, input.Note, ct);
        return result.Succeeded
            ? TypedResults.Ok(ShipmentDto.Of((await tracking.FindAsync(id, ct))!))
            : new ConflictProblem("Event refused", string.Join("; ", result.Errors), result.Errors);
    }

    /// <summary>The field a cargo error is reported against: the quantity the client gave, else <c>vehicles</c>.</summary>
    private static string CargoField(int? vehicles, decimal? tonnes) => vehicles is null && tonnes is not null ? "tonnes" : "vehicles";

    private static T? ParseEnum<T>(string? text, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors[field] = [.. errors.GetValueOrDefault(field, []), $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}"];
        return null;
    }
}
