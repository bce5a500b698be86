using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.MarketAccess;

internal sealed class RequirementKindConfiguration : IEntityTypeConfiguration<RequirementKind>
{
    public void Configure(EntityTypeBuilder<RequirementKind> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Evidence).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.SatisfiedByText).HasColumnName("satisfied_by").HasMaxLength(400);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.SatisfiedBy);
    }
}

internal sealed class MarketRuleConfiguration : IEntityTypeConfiguration<MarketRule>
{
    public void Configure(EntityTypeBuilder<MarketRule> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.MarketIso2).HasColumnName("market").HasMaxLength(2);
        b.Property(x => x.KindCode).HasColumnName("kind").HasMaxLength(40);
        b.Property(x => x.Effect).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.MinEmissionClass).HasConversion<int?>();
        b.Property(x => x.CategoriesText).HasColumnName("categories").HasMaxLength(60);
        b.Property(x => x.Condition).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.LegalReference).HasMaxLength(300);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.Scope);
        b.Ignore(x => x.Validity);
        b.Ignore(x => x.IsRelaxation);
        b.HasIndex(x => new { x.MarketIso2, x.ValidFrom });
        b.HasOne<Market>().WithMany().HasForeignKey(x => x.MarketIso2).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RequirementKind>().WithMany().HasForeignKey(x => x.KindCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.MarketIso2).HasColumnName("market").HasMaxLength(2);
        b.Property(x => x.KindCode).HasColumnName("kind").HasMaxLength(40);
        b.Property(x => x.Number).HasMaxLength(100);
        b.Property(x => x.Issuer).HasMaxLength(200);
        b.Property(x => x.CertifiedEmissionClass).HasConversion<int?>();
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.CurrentStatus);
        b.HasIndex(x => new { x.OrganisationId, x.MarketIso2, x.KindCode, x.Number }).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.ExpiresOn });
        b.HasOne(x => x.Model).WithMany().HasForeignKey(x => x.ModelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Market>().WithMany().HasForeignKey(x => x.MarketIso2).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.History).WithOne().HasForeignKey(h => h.CertificateId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CertificateStatusChangeConfiguration : IEntityTypeConfiguration<CertificateStatusChange>
{
    public void Configure(EntityTypeBuilder<CertificateStatusChange> b)
    {
        b.HasKey(x => x.Id);
        // Keys are made in the domain (version 7 GUIDs); a change appended to a tracked certificate is then found as Added.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasIndex(x => new { x.CertificateId, x.EffectiveOn });
    }
}
