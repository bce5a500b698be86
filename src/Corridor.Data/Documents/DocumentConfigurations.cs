using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Documents;

internal sealed class TradeDocumentConfiguration : IEntityTypeConfiguration<TradeDocument>
{
    public void Configure(EntityTypeBuilder<TradeDocument> b)
    {
        b.ToTable("documents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.OrderNumber).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.PdfSha256).HasMaxLength(64);
        b.Property(x => x.CreditCurrency).HasMaxLength(3);
        // The content and the frozen snapshot are whole documents (parties, every line, gate results): unbounded text,
        // not the 400 characters of the string convention.
        b.Property(x => x.ContentJson).HasMaxLength(int.MaxValue);
        b.Property(x => x.SnapshotJson).HasMaxLength(int.MaxValue);
        b.Property(x => x.IssuedBy).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.Ignore(x => x.HashMatches);
        b.HasIndex(x => new { x.OrganisationId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.OrderNumber });
        b.HasIndex(x => x.SupersedesId);
        b.HasIndex(x => x.CancelsId);
        b.HasIndex(x => x.CreditsId);
    }
}

internal sealed class DocumentPdfConfiguration : IEntityTypeConfiguration<DocumentPdf>
{
    public void Configure(EntityTypeBuilder<DocumentPdf> b)
    {
        b.ToTable("document_pdfs");
        b.HasKey(x => x.DocumentId);
        b.HasOne<TradeDocument>().WithOne().HasForeignKey<DocumentPdf>(x => x.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentCounterConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> b)
    {
        b.ToTable("document_counters", t => t.HasCheckConstraint("ck_document_counters_last", "last_number >= 0"));
        b.HasKey(x => new { x.OrganisationId, x.Type, x.Year });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Last).HasColumnName("last_number");
    }
}
