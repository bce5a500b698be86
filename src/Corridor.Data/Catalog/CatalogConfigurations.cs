using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Catalog;

internal sealed class MakerConfiguration : IEntityTypeConfiguration<Maker>
{
    public void Configure(EntityTypeBuilder<Maker> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Country).HasMaxLength(2);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.HasIndex(x => new { x.OrganisationId, x.Code }).IsUnique();
    }
}

internal sealed class VehicleModelConfiguration : IEntityTypeConfiguration<VehicleModel>
{
    public void Configure(EntityTypeBuilder<VehicleModel> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(4);
        b.Property(x => x.Fuel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.EmissionClass).HasConversion<int>();
        b.Property(x => x.HsCodeDigits).HasColumnName("hs_code").HasMaxLength(10);
        b.Property(x => x.ListPriceCurrency).HasMaxLength(3);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.HsCode);
        b.Ignore(x => x.ListPrice);
        b.HasIndex(x => new { x.OrganisationId, x.Code }).IsUnique();
        b.HasOne(x => x.Maker).WithMany().HasForeignKey(x => x.MakerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartConfiguration : IEntityTypeConfiguration<Part>
{
    public void Configure(EntityTypeBuilder<Part> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.PartNumber).HasMaxLength(40);
        b.Property(x => x.ProductGroup).HasMaxLength(60);
        b.Property(x => x.HsCodeDigits).HasColumnName("hs_code").HasMaxLength(10);
        b.Property(x => x.UnitPriceCurrency).HasMaxLength(3);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.HsCode);
        b.Ignore(x => x.UnitPrice);
        b.HasIndex(x => new { x.OrganisationId, x.PartNumber }).IsUnique();
        b.HasOne(x => x.Maker).WithMany().HasForeignKey(x => x.MakerId).OnDelete(DeleteBehavior.Restrict);
    }
}
