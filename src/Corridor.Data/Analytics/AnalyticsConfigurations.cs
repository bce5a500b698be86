using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Analytics;

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<ShipmentLine>
{
    public void Configure(EntityTypeBuilder<ShipmentLine> b)
    {
        b.ToTable("shipment_lines");
        b.HasKey(x => new { x.OrganisationId, x.LineNo });
        b.Property(x => x.LineNo).ValueGeneratedNever();
        b.Property(x => x.Origin).HasMaxLength(12);
        b.Property(x => x.Market).HasMaxLength(2);
        b.Property(x => x.Maker).HasMaxLength(40);
        b.Property(x => x.ItemKind).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.ProductGroup).HasMaxLength(40);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Branch).HasMaxLength(20);
        b.HasIndex(x => new { x.OrganisationId, x.ShipMonth, x.Market });
    }
}

internal sealed class ShipmentRouteConfiguration : IEntityTypeConfiguration<ShipmentRoute>
{
    public void Configure(EntityTypeBuilder<ShipmentRoute> b)
    {
        b.ToTable("shipment_routes");
        b.HasKey(x => new { x.OrganisationId, x.Id });
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Origin).HasMaxLength(40);
        b.Property(x => x.Destination).HasMaxLength(40);
        b.Property(x => x.Branch).HasMaxLength(20);
        b.HasMany(x => x.Links).WithOne().HasForeignKey(x => new { x.OrganisationId, x.RouteId }).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Links).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ShipmentRouteLinkConfiguration : IEntityTypeConfiguration<ShipmentRouteLink>
{
    public void Configure(EntityTypeBuilder<ShipmentRouteLink> b)
    {
        b.ToTable("shipment_route_links");
        b.HasKey(x => new { x.OrganisationId, x.RouteId, x.Seq });
        b.Property(x => x.LinkKey).HasMaxLength(100);
        b.Property(x => x.FromCode).HasMaxLength(40);
        b.Property(x => x.ToCode).HasMaxLength(40);
    }
}

internal sealed class ShipmentMonthlyConfiguration : IEntityTypeConfiguration<ShipmentMonthly>
{
    public void Configure(EntityTypeBuilder<ShipmentMonthly> b)
    {
        b.ToTable("shipment_monthly");
        b.HasKey(x => new { x.OrganisationId, x.Month, x.Market, x.ItemKind, x.ItemCode, x.RouteId, x.Currency });
        b.Property(x => x.Market).HasMaxLength(2);
        b.Property(x => x.Maker).HasMaxLength(40);
        b.Property(x => x.ItemKind).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.ProductGroup).HasMaxLength(40);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Branch).HasMaxLength(20);
    }
}

internal sealed class ShipmentLeadTimeConfiguration : IEntityTypeConfiguration<ShipmentLeadTime>
{
    public void Configure(EntityTypeBuilder<ShipmentLeadTime> b)
    {
        b.ToTable("shipment_lead_times");
        b.HasKey(x => new { x.OrganisationId, x.Month, x.Market, x.Maker, x.ProductGroup, x.LeadDays });
        b.Property(x => x.Market).HasMaxLength(2);
        b.Property(x => x.Maker).HasMaxLength(40);
        b.Property(x => x.ProductGroup).HasMaxLength(40);
    }
}
