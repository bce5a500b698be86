using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>A route question as the API and the command line take it. Exactly one of <see cref="Vehicles"/> and <see cref="Tonnes"/>.</summary>
public sealed record RouteQueryDto(
    string From,
    string To,
    int? Vehicles,
    decimal? Tonnes,
    DateOnly Ready,
    DateOnly? Due = null,
    RouteObjective Objective = RouteObjective.Balanced,
    decimal? PricePerDayUsd = null,
    int? MaxOptions = null,
    string[]? AvoidCountries = null,
    TransportMode[]? AvoidModes = null,
    string[]? AvoidNodes = null,
    CorridorBranch[]? AvoidBranches = null,
    int? MaxTransshipments = null)
{
    public Result<RouteRequest> ToRequest()
    {
        if ((Vehicles is null) == (Tonnes is null))
        {
            return Result<RouteRequest>.Failure("give either vehicles or tonnes");
        }

        if (Vehicles is <= 0 || Tonnes is <= 0)
        {
            return Result<RouteRequest>.Failure("the cargo quantity must be positive");
        }

        var cargo = Vehicles is { } v ? Cargo.Vehicles(v) : Cargo.Tonnes(Tonnes!.Value);
        var request = new RouteRequest(From, To, cargo, Ready)
        {
            Due = Due,
            Objective = Objective,
            PricePerDayUsd = PricePerDayUsd ?? 200m,
            MaxOptions = MaxOptions ?? 5,
            AvoidCountries = AvoidCountries ?? [],
            AvoidModes = AvoidModes ?? [],
            AvoidNodes = AvoidNodes ?? [],
            AvoidBranches = AvoidBranches ?? [],
            MaxTransshipments = MaxTransshipments,
        };
        return Result<RouteRequest>.Success(request);
    }
}

public sealed record MoneyDto(decimal Amount, string Currency)
{
    public static MoneyDto From(Money m) => new(m.Amount, m.Currency.Code);
}

public sealed record RouteLegDto(
    string From, string To, string Mode, int? GaugeMm, string Branch, decimal DistanceKm, DateTimeOffset Departs, DateTimeOffset Arrives,
    MoneyDto Cost, decimal Co2Kg, string Document, string? Transshipment, double HandlingHours, double BorderDwellHoursP50,
    Guid? DepartureId, string? Service, int? FreeCapacity, string? CapacityUnit);

public sealed record RouteOptionDto(
    int Rank, IReadOnlyList<RouteLegDto> Legs, MoneyDto Cost, DateTimeOffset EtaP50, DateTimeOffset EtaP90, double TransitDaysP50,
    decimal Co2Kg, int Transshipments, IReadOnlyList<string> GaugeChanges, IReadOnlyList<string> Branches, bool Late, double Score)
{
    public static RouteOptionDto From(RouteOption o) => new(
        o.Rank,
        o.Legs.Select(l => new RouteLegDto(l.From, l.To, l.Mode.ToText(), l.GaugeMm, Snake(l.Branch.ToString()), l.DistanceKm, l.DepartsAt, l.ArrivesAt,
            MoneyDto.From(l.Cost), l.Co2Kg, l.Document.ToText(), l.Transfer == Corridor.Logistics.Transshipments.None ? null : l.Transfer.ToText(), l.HandlingHours,
            l.BorderDwellHours, l.DepartureId, l.ServiceCode, l.FreeCapacity, l.CapacityUnit?.ToString().ToLowerInvariant())).ToList(),
        MoneyDto.From(o.Cost), o.EtaP50, o.EtaP90, Math.Round(o.TransitDaysP50, 2), o.Co2Kg, o.Transshipments, o.GaugeChangeNodes.ToList(),
        o.Branches.Select(b => Snake(b.ToString())).ToList(), o.Late, Math.Round(o.Score, 2));

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

public sealed record RouteAnswerDto(IReadOnlyList<RouteOptionDto> Options, IReadOnlyList<string> Reasons);

public sealed record DepartureDto(Guid Id, string Service, string From, string To, string Mode, DateTimeOffset Departs, DateTimeOffset Arrives, int Capacity, int Booked, int Free, string Unit)
{
    public static DepartureDto Of(Departure d) =>
        new(d.Id, d.ServiceCode, d.FromCode, d.ToCode, d.Mode.ToText(), d.DepartsAt, d.ArrivesAt, d.Capacity, d.Booked, d.Free, d.Unit.ToString().ToLowerInvariant());
}

/// <summary>A booking of capacity on one departure: exactly one of vehicles and tonnes, as the departure's unit is.</summary>
/// <param name="DepartureId">The departure to book (the id from GET /api/logistics/departures).</param>
/// <param name="Vehicles">Vehicles to carry, for a departure counted in vehicles.</param>
/// <param name="Tonnes">Tonnes to carry, for a departure counted in tonnes.</param>
/// <param name="Reference">The client's reference for the booking (an order or shipment number).</param>
/// <param name="Waitlist">When the departure is full: put the booking on its waiting list instead of refusing it.</param>
public sealed record BookingInputDto(Guid DepartureId, int? Vehicles, decimal? Tonnes, string Reference, bool Waitlist = false);

public sealed record BookingDto(Guid Id, Guid DepartureId, int Quantity, string Unit, string Cargo, string Reference, string Status, DateTimeOffset CreatedAt, DateTimeOffset? CancelledAt)
{
    public static BookingDto From(Booking b) =>
        new(b.Id, b.DepartureId, b.Quantity, b.Unit.ToString().ToLowerInvariant(), b.CargoDescription, b.Reference, b.Status.ToString().ToLowerInvariant(), b.CreatedAt, b.CancelledAt);
}

/// <summary>One demand of a plan: a quantity ready in a week, to arrive by a day; exactly one of vehicles and tonnes.</summary>
/// <param name="From">Origin node code.</param>
/// <param name="To">Destination node code.</param>
/// <param name="Vehicles">Vehicles to move.</param>
/// <param name="Tonnes">Tonnes to move.</param>
/// <param name="Week">When the cargo is ready; the plan allocates it in the week of this day.</param>
/// <param name="Due">Day it must arrive; later arrivals cost the lateness penalty.</param>
public sealed record PlanDemandDto(string From, string To, int? Vehicles, decimal? Tonnes, DateOnly Week, DateOnly Due);

/// <summary>A demand plan to allocate over the network's weekly capacities.</summary>
/// <param name="Demands">What to move: one entry per origin, destination and ready week.</param>
/// <param name="Start">First week of the plan; default the earliest demand's week.</param>
/// <param name="Weeks">Number of weeks planned; default up to the last demand's week.</param>
/// <param name="LatenessPenaltyUsd">Cost in USD per unit and week late, weighed against freight cost.</param>
/// <param name="RoutesPerPair">Route options considered per origin and destination.</param>
public sealed record PlanInputDto(IReadOnlyList<PlanDemandDto> Demands, DateOnly? Start = null, int? Weeks = null, decimal? LatenessPenaltyUsd = null, int? RoutesPerPair = null);

public sealed record PlanFlowDto(int Demand, string From, string To, string Route, DateOnly ShipWeek, DateTimeOffset ArrivalP50, int LateWeeks, double Quantity);

public sealed record PlanCapacityDto(string From, string To, string Mode, DateOnly Week, string Unit, double Capacity, double Used, double Utilisation, double MarginalValueUsd);

public sealed record PlanUnmetDto(int Demand, string From, string To, DateOnly Week, double Quantity, string Reason);

public sealed record PlanResultDto(string Solver, double FreightCostUsd, double LatenessCostUsd, double UnmetPenaltyUsd, IReadOnlyList<PlanFlowDto> Flows,
    IReadOnlyList<PlanUnmetDto> Unmet, IReadOnlyList<PlanCapacityDto> Bottlenecks, IReadOnlyList<PlanCapacityDto> Utilisation)
{
    public static PlanResultDto From(PlanResult r)
    {
        static PlanCapacityDto Cap(PlanCapacityUse c) =>
            new(c.From, c.To, c.Mode.ToText(), c.Week, c.Unit, c.Capacity, Math.Round(c.Used, 3), Math.Round(c.Utilisation, 4), Math.Round(c.MarginalValueUsd, 4));

        return new PlanResultDto(r.SolverStatus, Math.Round(r.FreightCostUsd, 2), Math.Round(r.LatenessCostUsd, 2), Math.Round(r.UnmetPenaltyUsd, 2),
            r.Flows.Select(f => new PlanFlowDto(f.Demand, f.Origin, f.Destination, f.Route.Describe().Trim(), f.ShipWeek, f.ArrivalP50, f.LateWeeks, Math.Round(f.Quantity, 3))).ToList(),
            r.Unmet.Select(u => new PlanUnmetDto(u.Demand, u.Origin, u.Destination, u.Week, Math.Round(u.Quantity, 3), u.Reason)).ToList(),
            r.Bottlenecks.Select(Cap).ToList(),
            r.CapacityUse.Where(c => c.Used > 1e-9).Select(Cap).ToList());
    }

    public static Result<PlanRequest> ToRequest(PlanInputDto input)
    {
        if (input.Demands.Count == 0)
        {
            return Result<PlanRequest>.Failure("the plan has no demand");
        }

        foreach (var d in input.Demands)
        {
            if ((d.Vehicles is null) == (d.Tonnes is null) || d.Vehicles is <= 0 || d.Tonnes is <= 0)
            {
                return Result<PlanRequest>.Failure($"demand {d.From} -> {d.To} {d.Week:yyyy-MM-dd}: give a positive number of vehicles or tonnes");
            }
        }

        var start = input.Start ?? input.Demands.Min(d => d.Week);
        var end = input.Demands.Max(d => d.Week);
        var weeks = input.Weeks ?? ((end.DayNumber - start.DayNumber) / 7) + 1;
        var demands = input.Demands.Select(d => new PlanDemand(d.From, d.To, d.Vehicles is not null, d.Vehicles ?? d.Tonnes!.Value, d.Week, d.Due)).ToList();
        var request = new PlanRequest(demands, start, weeks)
        {
            LatenessPenaltyUsd = input.LatenessPenaltyUsd ?? 50m,
            RoutesPerPair = input.RoutesPerPair ?? 3,
        };
        return Result<PlanRequest>.Success(request);
    }
}
