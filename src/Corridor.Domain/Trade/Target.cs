using Corridor.Common;

namespace Corridor.Trade;

/// <summary>What a target is set on.</summary>
public enum TargetDimension
{
    /// <summary>Every order line (the whole programme).</summary>
    All,
    Maker,
    Market,
    ProductGroup,
}

/// <summary>What a target counts: units (vehicles or parts) or value in a currency.</summary>
public enum TargetMeasure
{
    Units,
    Value,
}

/// <summary>
/// A yearly or quarterly target of the organisation: for a maker, market or product group (or all), in units or in
/// value (<see cref="Currency"/>), over the half-open period <c>[From, Until)</c>.
/// </summary>
public sealed class Target : IOrganisationOwned
{
    private Target()
    {
        Code = Key = Source = "";
    }

    /// <exception cref="ArgumentException">A field is invalid.</exception>
    public Target(string code, TargetDimension dimension, string? key, TargetMeasure measure, decimal amount, Currency? currency, DateRange period, string source, string? assumption)
    {
        Id = Guid.CreateVersion7();
        Code = Guard.Code(code, "code", 60);
        Dimension = dimension;
        Key = dimension == TargetDimension.All ? "" : Guard.Text(key, "key", 60);
        Measure = measure;
        Amount = amount > 0 ? amount : throw new ArgumentException($"target amount must be positive (was {amount}).", nameof(amount));
        if (measure == TargetMeasure.Value && currency is null)
        {
            throw new ArgumentException("a value target needs a currency.", nameof(currency));
        }

        Currency = measure == TargetMeasure.Value ? currency!.Value.Code : null;
        if (period.Until is null)
        {
            throw new ArgumentException("a target period needs an end.", nameof(period));
        }

        From = period.From;
        Until = period.Until.Value;
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Code { get; private set; }

    public TargetDimension Dimension { get; private set; }

    /// <summary>Maker code, market ISO code or product group; empty for <see cref="TargetDimension.All"/>.</summary>
    public string Key { get; private set; }

    public TargetMeasure Measure { get; private set; }

    /// <summary>Units, or value in <see cref="Currency"/>.</summary>
    public decimal Amount { get; private set; }

    public string? Currency { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly Until { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool Update(Target o)
    {
        var changed = (Dimension, Key, Measure, Amount, Currency, From, Until, Source, Assumption) != (o.Dimension, o.Key, o.Measure, o.Amount, o.Currency, o.From, o.Until, o.Source, o.Assumption);
        (Dimension, Key, Measure, Amount, Currency, From, Until, Source, Assumption) = (o.Dimension, o.Key, o.Measure, o.Amount, o.Currency, o.From, o.Until, o.Source, o.Assumption);
        return changed;
    }

    /// <summary>
    /// Straight-line projection to the period end: achieved so far × period days ÷ elapsed days (elapsed counted from the
    /// period start to <paramref name="today"/>, at most the whole period). Before the period starts there is no projection.
    /// </summary>
    public decimal? Project(decimal achieved, DateOnly today)
    {
        var total = Until.DayNumber - From.DayNumber;
        var elapsed = Math.Min(total, today.DayNumber - From.DayNumber);
        return elapsed <= 0 ? null : decimal.Round(achieved * total / elapsed, 2, MidpointRounding.AwayFromZero);
    }
}
