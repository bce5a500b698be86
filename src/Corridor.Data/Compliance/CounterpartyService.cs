using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Compliance;

/// <summary>Creates and changes counterparties of the acting organisation; every creation and every change is screened at once.</summary>
public sealed class CounterpartyService(CorridorDbContext db, ScreeningService screening, TimeProvider clock)
{
    public async Task<Result<(Counterparty Counterparty, Screening Screening)>> CreateAsync(CounterpartyInput input, CancellationToken ct = default)
    {
        var fields = Validate(input);
        if (!fields.Succeeded)
        {
            return Result<(Counterparty, Screening)>.Failure(fields.Errors);
        }

        var (type, country, identifiers) = fields.Value;
        Counterparty counterparty;
        try
        {
            counterparty = new Counterparty(input.Name, input.OtherNames ?? [], type, country, input.BirthDate, identifiers, clock.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            return Result<(Counterparty, Screening)>.Failure(Describe(ex));
        }

        db.Counterparties.Add(counterparty);
        await db.SaveChangesAsync(ct);
        var s = await screening.ScreenAsync(counterparty, "created", ct);
        return Result<(Counterparty, Screening)>.Success((counterparty, s));
    }

    /// <summary>Changes a counterparty; returns null when it does not exist (in the acting organisation). A real change re-screens.</summary>
    public async Task<Result<(Counterparty Counterparty, Screening? Screening)>?> UpdateAsync(Guid id, CounterpartyInput input, CancellationToken ct = default)
    {
        var counterparty = await db.Counterparties.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (counterparty is null)
        {
            return null;
        }

        var fields = Validate(input);
        if (!fields.Succeeded)
        {
            return Result<(Counterparty, Screening?)>.Failure(fields.Errors);
        }

        var (type, country, identifiers) = fields.Value;
        bool changed;
        try
        {
            changed = counterparty.Change(input.Name, input.OtherNames ?? [], type, country, input.BirthDate, identifiers, clock.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            return Result<(Counterparty, Screening?)>.Failure(Describe(ex));
        }

        if (!changed)
        {
            return Result<(Counterparty, Screening?)>.Success((counterparty, null));
        }

        await db.SaveChangesAsync(ct);
        var s = await screening.ScreenAsync(counterparty, "changed", ct);
        return Result<(Counterparty, Screening?)>.Success((counterparty, s));
    }

    /// <summary>Screens a counterparty again against every active snapshot (a person asked for it); null when it does not exist in the acting organisation.</summary>
    public async Task<Screening?> RescreenAsync(Guid id, CancellationToken ct = default)
    {
        var counterparty = await db.Counterparties.FirstOrDefaultAsync(c => c.Id == id, ct);
        return counterparty is null ? null : await screening.ScreenAsync(counterparty, "manual", ct);
    }

    /// <summary>The entity's refusal as "field: message", the form the other checks use, so that callers can show it next to its field.</summary>
    private static string Describe(ArgumentException ex) =>
        ex.ParamName is { Length: > 0 } field ? $"{field}: {ex.Message.Split(" (Parameter")[0]}" : ex.Message.Split(" (Parameter")[0];

    private static Result<(ListEntryType, CountryCode?, EntryIdentifier[])> Validate(CounterpartyInput input)
    {
        var errors = new List<string>();
        var type = ListEntryType.Unknown;
        if (input.Type is { Length: > 0 } t && !Enum.TryParse(t, ignoreCase: true, out type))
        {
            errors.Add($"type: '{t}' is not person, organisation, vessel or aircraft");
        }

        CountryCode? country = null;
        if (input.Country is { Length: > 0 } c)
        {
            if (CountryCode.TryParse(c, out var code))
            {
                country = code;
            }
            else
            {
                errors.Add($"country: '{c}' is not an ISO 3166-1 alpha-2 code");
            }
        }

        var identifiers = new List<EntryIdentifier>();
        foreach (var raw in input.Identifiers ?? [])
        {
            var parts = raw.Split(':', 2);
            if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
            {
                errors.Add($"identifiers: '{raw}' is not type:value (e.g. inn:7701234567)");
            }
            else
            {
                identifiers.Add(new EntryIdentifier(parts[0], parts[1]));
            }
        }

        return errors.Count > 0 ? Result<(ListEntryType, CountryCode?, EntryIdentifier[])>.Failure(errors) : Result<(ListEntryType, CountryCode?, EntryIdentifier[])>.Success((type, country, identifiers.ToArray()));
    }
}
