namespace Corridor.Trade;

/// <summary>A temporary table, inside the import's transaction, that holds validated order lines until they are upserted.</summary>
internal interface IOrderLineStage : IAsyncDisposable
{
    /// <summary>Stages one row; <paramref name="values"/> are in <see cref="RecordedOrderLineImporter.Columns"/> order.</summary>
    ValueTask AddAsync(object?[] values, CancellationToken ct);

    Task CompleteAsync(CancellationToken ct);
}
