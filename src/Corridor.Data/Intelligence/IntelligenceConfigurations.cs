using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Intelligence;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.ToTable("articles");
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Publisher).HasMaxLength(200);
        b.Property(x => x.Language).HasMaxLength(10);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Text).HasMaxLength(Article.MaxTextLength);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ImportedBy).HasMaxLength(200);
        b.Property(x => x.ExtractorVersion).HasMaxLength(40);
        // The same text taken in twice by one organisation is one article.
        b.HasIndex(x => new { x.OrganisationId, x.Sha256 }).IsUnique();
    }
}

internal sealed class FactCandidateConfiguration : IEntityTypeConfiguration<FactCandidate>
{
    public void Configure(EntityTypeBuilder<FactCandidate> b)
    {
        b.ToTable("fact_candidates");
        b.HasKey(x => x.Id);
        b.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReviewedFact>().WithMany().HasForeignKey(x => x.FactId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ExtractorVersion).HasMaxLength(40);
        b.Property(x => x.FigureText).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Bound).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Unit).HasMaxLength(60);
        b.Property(x => x.Qualifier).HasMaxLength(40);
        b.Property(x => x.PeriodWords).HasMaxLength(200);
        b.Property(x => x.Subject).HasMaxLength(100);
        b.Property(x => x.SubjectWords).HasMaxLength(200);
        b.Property(x => x.SubjectReason).HasMaxLength(200);
        b.Property(x => x.Metric).HasMaxLength(100);
        b.Property(x => x.MetricWords).HasMaxLength(200);
        b.Property(x => x.RejectReason).HasMaxLength(500);
        b.Property(x => x.ReviewedBy).HasMaxLength(200);
        b.Ignore(x => x.Proposed);
        b.HasIndex(x => new { x.ArticleId, x.FigureStart });
        b.HasIndex(x => new { x.OrganisationId, x.Status });
    }
}

internal sealed class ReviewedFactConfiguration : IEntityTypeConfiguration<ReviewedFact>
{
    public void Configure(EntityTypeBuilder<ReviewedFact> b)
    {
        b.ToTable("reviewed_facts");
        b.HasKey(x => x.Id);
        b.Property(x => x.StatementId).HasMaxLength(40);
        b.Property(x => x.ConflictKey).HasMaxLength(300);
        b.Property(x => x.Subject).HasMaxLength(100);
        b.Property(x => x.Metric).HasMaxLength(100);
        b.Property(x => x.Unit).HasMaxLength(60);
        b.Property(x => x.AcceptedBy).HasMaxLength(200);
        b.HasIndex(x => new { x.OrganisationId, x.StatementId }).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.ConflictKey });
    }
}
