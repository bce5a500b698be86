using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Corridor.Documents;

/// <summary>
/// The storage-layer rule that an issued document is never changed or deleted, called by the SaveChanges interceptor
/// for every entry: the stored status (the entry's original value) decides, so an issued row cannot be turned back
/// into a draft either. Corrections are amendments and cancellations, both new rows. An issued document's PDF is
/// written once with it and never changed or deleted.
/// </summary>
internal static class IssuedDocumentGuard
{
    /// <exception cref="IssuedDocumentException">An issued document is modified or deleted.</exception>
    public static void Check(EntityEntry entry)
    {
        if (entry.Entity is DocumentPdf pdf && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new IssuedDocumentException($"{pdf.DocumentId} (its PDF)", entry.State == EntityState.Deleted ? "deleted" : "changed");
        }

        if (entry.Entity is not TradeDocument document || entry.State is not (EntityState.Modified or EntityState.Deleted))
        {
            return;
        }

        if (entry.Property(nameof(TradeDocument.Status)).OriginalValue is DocumentStatus.Issued)
        {
            var number = entry.Property(nameof(TradeDocument.Number)).OriginalValue as string ?? document.Id.ToString();
            throw new IssuedDocumentException(number, entry.State == EntityState.Deleted ? "deleted" : "changed");
        }
    }
}
