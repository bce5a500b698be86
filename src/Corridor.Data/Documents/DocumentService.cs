using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corridor.Catalog;
using Corridor.Common;
using Corridor.Compliance;
using Corridor.Documents.Rendering;
using Corridor.Logistics;
using Corridor.Storage;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Documents;

/// <summary>
/// Documents of the acting organisation: drafts the set an order needs (commercial invoice, packing list, certificate
/// of origin on the form the rules choose, and the transport documents of its chosen route), issues a draft, amends
/// and cancels an issued one. Issuing re-runs the screening and market-access gates of the order and the cross-checks
/// against the order's current documents first; only then, in ONE transaction, it takes the next number of the
/// organisation's series for the type and year (<see cref="NumberSeries"/>) and saves snapshot, PDF and both hashes, so
/// a refused or failed issue — Chromium failing included — consumes no number. The PDF (number, QR code and snapshot
/// attachment included) is rendered before that transaction with the number the series is expected to give, and again
/// inside it only when another issuer took that number first (decision 029). Credit notes are made by
/// <see cref="CreditAsync"/>.
/// </summary>
public sealed partial class DocumentService(CorridorDbContext db, PromiseService promises, DocumentGates gates, ICurrentActor actor, TimeProvider clock, DocumentRenderer renderer,
    ILogger<DocumentService>? log = null)
{
    private readonly ILogger _log = (ILogger?)log ?? NullLogger.Instance;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task<TradeDocument?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Documents.SingleOrDefaultAsync(d => d.Id == id, ct);

    public Task<TradeDocument?> FindByNumberAsync(string number, CancellationToken ct = default) =>
        db.Documents.SingleOrDefaultAsync(d => d.Number == number.Trim().ToUpperInvariant(), ct);

    public Task<List<TradeDocument>> ListAsync(string? order = null, DocumentType? type = null, DocumentStatus? status = null, CancellationToken ct = default)
    {
        var q = db.Documents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(order))
        {
            var o = order.Trim().ToUpperInvariant();
            q = q.Where(d => d.OrderNumber == o);
        }

        if (type is { } t)
        {
            q = q.Where(d => d.Type == t);
        }

        if (status is { } s)
        {
            q = q.Where(d => d.Status == s);
        }

        return q.OrderBy(d => d.OrderNumber).ThenBy(d => d.CreatedAt).ToListAsync(ct);
    }

    /// <summary>Drafts every document the order needs; null when the order does not exist.</summary>
    public async Task<Result<IReadOnlyList<TradeDocument>>?> DraftSetAsync(string orderNumber, DocumentRuleSet rules, CancellationToken ct = default)
    {
        var order = await db.Set<TradeOrder>().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Number == orderNumber.Trim().ToUpperInvariant(), ct);
        if (order is null)
        {
            return null;
        }

        var draft = await DocumentDrafting.ContentAsync(db, order, ct);
        if (!draft.Succeeded)
        {
            return Result<IReadOnlyList<TradeDocument>>.Failure(draft.Errors);
        }

        var content = draft.Value;
        var now = clock.GetUtcNow();
        var documents = new List<TradeDocument>
        {
            new(DocumentType.CommercialInvoice, order.Number, "Commercial invoice", Serialize(content), actor.Name, now),
            new(DocumentType.PackingList, order.Number, "Packing list", Serialize(Unpriced(content)), actor.Name, now),
        };

        var origin = await db.Set<Node>().Where(n => n.Code == order.OriginNode).Select(n => n.Country).SingleOrDefaultAsync(ct) ?? "";
        var form = OriginCertificateRule.Choose(rules.Origins, origin, order.Market, order.OrderDate);
        if (form is null)
        {
            return Result<IReadOnlyList<TradeDocument>>.Failure($"no certificate-of-origin rule matches origin {origin} and destination {order.Market}");
        }

        documents.Add(new(DocumentType.CertificateOfOrigin, order.Number, $"Certificate of origin, form {form.Form}",
            Serialize(Unpriced(content) with { OriginForm = form.Form, OriginReason = form.Reason }), actor.Name, now));

        var promise = await promises.PromiseAsync(order, ct);
        if (promise.ChosenRoute is not { } route)
        {
            return Result<IReadOnlyList<TradeDocument>>.Failure(
                ["the order has no route, so its transport documents cannot be drafted", .. promise.Blockers.Where(b => b.Kind.IsTransport()).Select(b => b.ToString())]);
        }

        var codes = route.Legs.SelectMany(l => new[] { l.From, l.To }).Distinct().ToList();
        var countries = await db.Set<Node>().Where(n => codes.Contains(n.Code)).ToDictionaryAsync(n => n.Code, n => n.Country, ct);
        var legs = route.Legs.Select(l => new DocumentLeg(l.From, l.To, countries.GetValueOrDefault(l.From, ""), countries.GetValueOrDefault(l.To, ""), l.Mode, l.Transfer)).ToList();
        foreach (var planned in TransportDocumentPlanner.Plan(legs, rules.Legs))
        {
            var legText = planned.Legs.Select(i => $"{legs[i].From} → {legs[i].To} ({legs[i].Mode.ToText()})").ToList();
            documents.Add(new(planned.Type, order.Number, $"{Label(planned.Type)} {planned.From} → {planned.To}",
                Serialize(Unpriced(content) with { Carriage = planned.Reason, Legs = legText }), actor.Name, now));
        }

        db.Documents.AddRange(documents);
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<TradeDocument>>.Success(documents);
    }

    /// <summary>Issues a draft; null when it does not exist. A failure gives every reason and consumes no number.</summary>
    public async Task<Result<TradeDocument>?> IssueAsync(Guid id, CancellationToken ct = default)
    {
        var document = await FindAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var prepared = await PrepareAsync(document, [], [], 0, ct);
        if (!prepared.Succeeded)
        {
            return Result<TradeDocument>.Failure(prepared.Errors);
        }

        var rendered = await RenderAsync(prepared.Value, prepared.Value.Predicted, ct);
        return await NumberAsync(prepared.Value, rendered, ct);
    }

    /// <summary>
    /// Issues several drafts — typically a shipment's set — as <see cref="IssueAsync"/> issues each, in the given order,
    /// but with each order's gates checked once for all its documents and the PDFs printed at once (the printer's
    /// pages work in parallel; decision 038). Each draft is then numbered in its own transaction, one after the other,
    /// so the counters and their guarantees are those of a single issue: a refused document takes no number and does
    /// not stop the others. A draft is cross-checked against the order's issued documents and the drafts of this call
    /// before it that passed, as if those had been issued first. Null for an id that does not exist.
    /// </summary>
    /// <exception cref="ChromiumUnavailableException">Chromium failed; nothing of the set is issued.</exception>
    public async Task<IReadOnlyList<(Guid Id, Result<TradeDocument>? Outcome)>> IssueSetAsync(IReadOnlyList<Guid> ids, CancellationToken ct = default)
    {
        var found = await db.Documents.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var gates = new Dictionary<string, OrderGates?>(StringComparer.Ordinal);
        var passed = new List<Issuing>();
        var outcomes = new Dictionary<Guid, Result<TradeDocument>?>();
        foreach (var id in ids.Distinct())
        {
            if (!found.TryGetValue(id, out var document))
            {
                outcomes[id] = null;
                continue;
            }

            var before = passed.Where(p => p.Document.OrderNumber == document.OrderNumber).ToList();
            var prepared = await PrepareAsync(document, gates, before, passed.Count(p => SameSeries(p.Document, document)), ct);
            if (prepared.Succeeded)
            {
                passed.Add(prepared.Value);
            }
            else
            {
                outcomes[id] = Result<TradeDocument>.Failure(prepared.Errors);
            }
        }

        var rendered = await Task.WhenAll(passed.Select(p => RenderAsync(p, p.Predicted, ct)));
        for (var i = 0; i < passed.Count; i++)
        {
            outcomes[passed[i].Document.Id] = await NumberAsync(passed[i], rendered[i], ct);
        }

        return ids.Distinct().Select(id => (id, outcomes[id])).ToList();
    }

    private static bool SameSeries(TradeDocument a, TradeDocument b) =>
        a.Type == b.Type && a.Sequence is null && b.Sequence is null;

    /// <summary>A draft that passed its gates and cross-checks, with what its rendering and numbering need.</summary>
    private sealed record Issuing(TradeDocument Document, DocumentContent? Content, object? Gates, int Year, DateTimeOffset Now, Organisations.Organisation Issuer, long Predicted);

    /// <summary>
    /// Everything before the number: the draft's state, its order's gates (screening and market access; computed once
    /// per order into <paramref name="gateCache"/>), the cross-checks against the order's current issued documents and
    /// <paramref name="before"/>, and the number the series is expected to give (the last committed +
    /// <paramref name="ahead"/> + 1, <paramref name="ahead"/> being the drafts of the same series before it in a set).
    /// </summary>
    private async Task<Result<Issuing>> PrepareAsync(TradeDocument document, Dictionary<string, OrderGates?> gateCache, IReadOnlyList<Issuing> before, int ahead,
        CancellationToken ct)
    {
        if (document.Status != DocumentStatus.Draft)
        {
            return Result<Issuing>.Failure($"document {document.Number} is already issued");
        }

        object? snapshotGates = null;
        DocumentContent? content = null;
        if (document.Type is not (DocumentType.Cancellation or DocumentType.CreditNote))
        {
            if (!gateCache.TryGetValue(document.OrderNumber, out var checkedGates))
            {
                var order = await db.Set<TradeOrder>().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Number == document.OrderNumber, ct);
                checkedGates = order is null ? null : await gates.CheckAsync(order, ct);
                gateCache[document.OrderNumber] = checkedGates;
            }

            if (checkedGates is null)
            {
                return Result<Issuing>.Failure($"order {document.OrderNumber} is not visible");
            }

            var refusals = checkedGates.Refusals.Select(r => $"gate {r}").ToList();
            content = JsonSerializer.Deserialize<DocumentContent>(document.ContentJson, Json)!;
            refusals.AddRange(await CrossCheckAsync(document, content, before.Where(b => b.Content is not null).Select(b => (b.Document.Title, b.Content!.Totals)), ct));
            if (refusals.Count > 0)
            {
                foreach (var gate in checkedGates.Refusals.Select(r => r.Kind).Distinct(StringComparer.Ordinal).DefaultIfEmpty("cross-check"))
                {
                    CorridorMetrics.GateRefused("document.issue", gate);
                }

                CorridorLog.DocumentRefused(_log, document.Type.ToText(), document.OrderNumber, actor.Name, string.Join("; ", refusals));
                return Result<Issuing>.Failure(refusals);
            }

            snapshotGates = checkedGates.Snapshot;
        }

        // Rendering happens before the numbering transaction, with the number the series will give next if nobody
        // else takes it first; the transaction then takes the number and re-renders, holding the counter, only when it
        // differs (another issuer of the same series came first). Decision 029.
        var now = clock.GetUtcNow();
        var year = document.Year ?? now.Year;
        var issuer = await IssuerAsync(document, ct);
        var predicted = document.Sequence ?? await NumberSeries.PeekAsync(db, document.OrganisationId, document.Type, year, ct) + 1 + ahead;
        return Result<Issuing>.Success(new Issuing(document, content, snapshotGates, year, now, issuer, predicted));
    }

    /// <summary>The numbering transaction: takes the number, renders again only when it is not the one predicted, and stores snapshot, PDF and hashes.</summary>
    private async Task<Result<TradeDocument>> NumberAsync(Issuing issuing, (string Snapshot, byte[] Pdf) rendered, CancellationToken ct)
    {
        var (document, year) = (issuing.Document, issuing.Year);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            var (snapshot, pdf) = rendered;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var held = Stopwatch.StartNew();
            var sequence = document.Sequence ?? await NumberSeries.TakeAsync(db, document.OrganisationId, document.Type, year, ct);
            if (document.Type == DocumentType.CreditNote && await CreditRefusalAsync(document, ct) is { } refusal)
            {
                await tx.RollbackAsync(ct);
                return Result<TradeDocument>.Failure(refusal);
            }

            var rerendered = sequence != issuing.Predicted;
            if (rerendered)
            {
                (snapshot, pdf) = await RenderAsync(issuing, sequence, ct);
            }

            var issued = document.Issue(sequence, year, snapshot, actor.Name, issuing.Now, pdf);
            if (!issued.Succeeded)
            {
                await tx.RollbackAsync(ct);
                return Result<TradeDocument>.Failure(issued.Errors);
            }

            db.DocumentPdfs.Add(new DocumentPdf(document.Id, pdf));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            CorridorMetrics.NumberHeld(held.Elapsed, document.Type.ToText(), rerendered);
            CorridorMetrics.Document("issued", document.Type.ToText());
            CorridorLog.DocumentIssued(_log, document.Number ?? "?", document.Type.ToText(), actor.Name);
            return Result<TradeDocument>.Success(document);
        });
    }

    /// <summary>The canonical snapshot of the document as issued under <paramref name="sequence"/>, and its PDF.</summary>
    private async Task<(string Snapshot, byte[] Pdf)> RenderAsync(Issuing issuing, long sequence, CancellationToken ct)
    {
        var (document, year, now, gates, issuer) = (issuing.Document, issuing.Year, issuing.Now, issuing.Gates, issuing.Issuer);
        var number = DocumentCodes.FormatNumber(document.Type, year, sequence, document.Revision);
        var snapshot = JsonSerializer.Serialize(new
        {
            number,
            type = document.Type.ToText(),
            order = document.OrderNumber,
            document.Title,
            issued_at = now,
            issued_by = actor.Name,
            supersedes = document.SupersedesId,
            cancels = document.CancelsId,
            credits = document.CreditsId,
            document.Reason,
            content = JsonDocument.Parse(document.ContentJson).RootElement,
            gates,
        }, Json);
        var pdf = await renderer.PdfAsync(DocumentSheet.FromSnapshot(document.Type, snapshot, TradeDocument.HashOf(snapshot), issuer, renderer.PublicUrl), snapshot, ct);
        return (snapshot, pdf);
    }

    /// <summary>The issued PDF of a visible document, as stored; null for a draft or a document that is not visible.</summary>
    public Task<byte[]?> PdfAsync(Guid id, CancellationToken ct = default) =>
        db.DocumentPdfs.AsNoTracking().Where(p => p.DocumentId == id).Select(p => p.Content).SingleOrDefaultAsync(ct);

    /// <summary>The printable HTML of a document: from its snapshot once issued, from its content (marked as a draft) before.</summary>
    public async Task<string> HtmlAsync(TradeDocument document, CancellationToken ct = default) =>
        DocumentRenderer.Html(DocumentSheet.Of(document, await IssuerAsync(document, ct), renderer.PublicUrl));

    private async Task<Organisations.Organisation> IssuerAsync(TradeDocument document, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == document.OrganisationId, ct)
        ?? throw new InvalidOperationException($"document {document.Id} names organisation {document.OrganisationId}, which does not exist");

    /// <summary>Drafts an amendment of an issued document with corrected content (the original's when null); null when it does not exist.</summary>
    public async Task<Result<TradeDocument>?> AmendAsync(Guid id, string reason, string? contentJson = null, CancellationToken ct = default)
    {
        var original = await FindAsync(id, ct);
        if (original is null)
        {
            return null;
        }

        if (await IsClosedAsync(original.Id, ct) is { } closedBy)
        {
            return Result<TradeDocument>.Failure($"document {original.Number} is already {closedBy}");
        }

        if (contentJson is not null)
        {
            try
            {
                _ = JsonSerializer.Deserialize<DocumentContent>(contentJson, Json) ?? throw new JsonException("empty");
            }
            catch (JsonException e)
            {
                return Result<TradeDocument>.Failure($"content: not a document's content ({e.Message})");
            }
        }

        var amendment = TradeDocument.AmendmentOf(original, contentJson ?? original.ContentJson, reason, actor.Name, clock.GetUtcNow());
        if (amendment.Succeeded)
        {
            db.Documents.Add(amendment.Value);
            await db.SaveChangesAsync(ct);
        }

        return amendment;
    }

    /// <summary>Cancels an issued document by issuing a cancellation document; null when it does not exist.</summary>
    public async Task<Result<TradeDocument>?> CancelAsync(Guid id, string reason, CancellationToken ct = default)
    {
        var original = await FindAsync(id, ct);
        if (original is null)
        {
            return null;
        }

        if (await IsClosedAsync(original.Id, ct) is { } closedBy)
        {
            return Result<TradeDocument>.Failure($"document {original.Number} is already {closedBy}");
        }

        var cancellation = TradeDocument.CancellationOf(original, reason, actor.Name, clock.GetUtcNow());
        if (!cancellation.Succeeded)
        {
            return cancellation;
        }

        db.Documents.Add(cancellation.Value);
        await db.SaveChangesAsync(ct);
        return await IssueAsync(cancellation.Value.Id, ct);
    }

    /// <summary>"cancelled" or "superseded" when an issued cancellation or amendment closes the document; null while it is current.</summary>
    public async Task<string?> IsClosedAsync(Guid id, CancellationToken ct = default)
    {
        var closers = await db.Documents.Where(d => d.Status == DocumentStatus.Issued && (d.CancelsId == id || d.SupersedesId == id))
            .Select(d => d.Type).ToListAsync(ct);
        return closers.Contains(DocumentType.Cancellation) ? "cancelled" : closers.Count > 0 ? "superseded" : null;
    }

    /// <summary>Every visible document that an issued cancellation or amendment closes, with "cancelled" or "superseded".</summary>
    public async Task<Dictionary<Guid, string>> ClosuresAsync(CancellationToken ct = default)
    {
        var closers = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Issued && (d.CancelsId != null || d.SupersedesId != null))
            .Select(d => new { d.CancelsId, d.SupersedesId }).ToListAsync(ct);
        var closed = new Dictionary<Guid, string>();
        foreach (var c in closers)
        {
            if (c.CancelsId is { } cancelled)
            {
                closed[cancelled] = "cancelled";
            }
            else if (c.SupersedesId is { } superseded)
            {
                closed.TryAdd(superseded, "superseded");
            }
        }

        return closed;
    }

    /// <summary>Mismatches of the document's totals with the order's current issued documents and <paramref name="alsoCurrent"/> (named by title: drafts issued before it in a set).</summary>
    private async Task<List<string>> CrossCheckAsync(TradeDocument document, DocumentContent content, IEnumerable<(string Name, DocumentTotals Totals)> alsoCurrent,
        CancellationToken ct)
    {
        var issued = await db.Documents.AsNoTracking()
            .Where(d => d.OrderNumber == document.OrderNumber && d.Status == DocumentStatus.Issued && d.Id != document.Id && d.Id != document.SupersedesId)
            .ToListAsync(ct);
        var closed = issued.Where(d => d.CancelsId is not null || d.SupersedesId is not null).SelectMany(d => new[] { d.CancelsId, d.SupersedesId }).ToHashSet();
        var current = issued.Where(d => d.Type is not (DocumentType.Cancellation or DocumentType.CreditNote) && !closed.Contains(d.Id))
            .Select(d => (d.Number!, JsonSerializer.Deserialize<DocumentContent>(d.ContentJson, Json)!.Totals));
        return DocumentCheck.Mismatches(content.Totals, current.Concat(alsoCurrent)).Select(m => $"cross-check {m}").ToList();
    }

    private static DocumentContent Unpriced(DocumentContent c) =>
        c with { Lines = c.Lines.Select(l => l with { UnitPrice = null, Amount = null }).ToList(), Totals = c.Totals with { Value = null } };

    private static string Serialize(DocumentContent content) => JsonSerializer.Serialize(content, Json);

    public static string Label(DocumentType type) => type switch
    {
        DocumentType.CommercialInvoice => "Commercial invoice",
        DocumentType.PackingList => "Packing list",
        DocumentType.CertificateOfOrigin => "Certificate of origin",
        DocumentType.RailConsignmentNote => "CIM/SMGS rail consignment note",
        DocumentType.RoadConsignmentNote => "CMR road consignment note",
        DocumentType.BillOfLading => "Bill of lading",
        DocumentType.CreditNote => "Credit note",
        _ => "Cancellation",
    };
}
