using Microsoft.Extensions.Logging;

namespace Corridor.Storage;

/// <summary>
/// Every log event Corridor writes of its own, with its id, in one place (docs/operations.md lists them). Ids: 1xxx
/// storage and imports, 2xxx accounts and access, 3xxx gates and trade, 4xxx screening lists.
/// </summary>
public static partial class CorridorLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Imported {Dataset}: {Rows} rows from {File}")]
    public static partial void Imported(ILogger log, string dataset, long rows, string file);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Import of {Dataset} from {File} refused, nothing written: {Errors}")]
    public static partial void ImportRefused(ILogger log, string dataset, string file, string errors);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Refused {Method} {Path} for {User}: {Outcome}")]
    public static partial void AccessRefused(ILogger log, string method, string path, string user, string outcome);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Cross-site {Method} {Path} refused: {Reason}")]
    public static partial void CrossSiteWriteRefused(ILogger log, string method, string path, string reason);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Order {Order} not confirmed by {User}: {Reasons}")]
    public static partial void OrderRefused(ILogger log, string order, string user, string reasons);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Order {Order} confirmed by {User}")]
    public static partial void OrderConfirmed(ILogger log, string order, string user);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Document {Document} of order {Order} not issued by {User}: {Reasons}")]
    public static partial void DocumentRefused(ILogger log, string document, string order, string user, string reasons);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Document {Number} ({Type}) issued by {User}")]
    public static partial void DocumentIssued(ILogger log, string number, string type, string user);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "List {Source} updated to snapshot {Snapshot}: {Entries} entries, {Added} added, {Changed} changed, {Removed} removed; {Rescreened} counterparties re-screened")]
    public static partial void ListUpdated(ILogger log, string source, string snapshot, int entries, int added, int changed, int removed, int rescreened);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "List {Source} from {File} refused, nothing written: {Errors}")]
    public static partial void ListRefused(ILogger log, string source, string file, string errors);
}
