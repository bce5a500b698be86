using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Logistics;

internal sealed class NodeConfiguration : IEntityTypeConfiguration<Node>
{
    public void Configure(EntityTypeBuilder<Node> b)
    {
        b.ToTable("network_nodes");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Country).HasMaxLength(2);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Gauges).HasConversion<int>();
        b.Property(x => x.Transshipments).HasConversion<int>();
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
    }
}

internal sealed class LinkConfiguration : IEntityTypeConfiguration<Link>
{
    public void Configure(EntityTypeBuilder<Link> b)
    {
        b.ToTable("network_links");
        b.HasKey(x => x.Id);
        b.Property(x => x.FromCode).HasColumnName("from_node").HasMaxLength(40);
        b.Property(x => x.ToCode).HasColumnName("to_node").HasMaxLength(40);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Branch).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SeasonalClosure).HasMaxLength(12);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.Key);
        b.Ignore(x => x.Closure);
        b.HasIndex(x => new { x.FromCode, x.ToCode, x.Mode }).IsUnique();
        b.HasOne<Node>().WithMany().HasForeignKey(x => x.FromCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Node>().WithMany().HasForeignKey(x => x.ToCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BorderCrossingConfiguration : IEntityTypeConfiguration<BorderCrossing>
{
    public void Configure(EntityTypeBuilder<BorderCrossing> b)
    {
        b.ToTable("border_crossings");
        b.HasKey(x => x.NodeCode);
        b.Property(x => x.NodeCode).HasColumnName("node").HasMaxLength(40);
        b.Property(x => x.FromCountry).HasMaxLength(2);
        b.Property(x => x.ToCountry).HasMaxLength(2);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.HasOne<Node>().WithMany().HasForeignKey(x => x.NodeCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TransportServiceConfiguration : IEntityTypeConfiguration<TransportService>
{
    public void Configure(EntityTypeBuilder<TransportService> b)
    {
        b.ToTable("transport_services");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.FromCode).HasColumnName("from_node").HasMaxLength(40);
        b.Property(x => x.ToCode).HasColumnName("to_node").HasMaxLength(40);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Unit).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Weekdays).HasMaxLength(40);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.WeekdayList);
    }
}

internal sealed class DepartureConfiguration : IEntityTypeConfiguration<Departure>
{
    public void Configure(EntityTypeBuilder<Departure> b)
    {
        b.ToTable("departures", t => t.HasCheckConstraint("ck_departures_booked_within_capacity", "booked >= 0 AND booked <= capacity"));
        b.HasKey(x => x.Id);
        b.Property(x => x.ServiceCode).HasMaxLength(40);
        b.Property(x => x.FromCode).HasColumnName("from_node").HasMaxLength(40);
        b.Property(x => x.ToCode).HasColumnName("to_node").HasMaxLength(40);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Unit).HasConversion<string>().HasMaxLength(10);
        b.Ignore(x => x.Free);
        b.HasIndex(x => new { x.ServiceCode, x.DepartsAt }).IsUnique();
        b.HasIndex(x => new { x.FromCode, x.ToCode, x.DepartsAt });
        b.HasOne<TransportService>().WithMany().HasForeignKey(x => x.ServiceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmissionFactorConfiguration : IEntityTypeConfiguration<EmissionFactor>
{
    public void Configure(EntityTypeBuilder<EmissionFactor> b)
    {
        b.ToTable("emission_factors");
        b.HasKey(x => x.Mode);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.ToTable("bookings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Unit).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12).IsConcurrencyToken();
        b.Property(x => x.CargoDescription).HasColumnName("cargo").HasMaxLength(100);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.HasIndex(x => new { x.DepartureId, x.Status });

        // No foreign key to orders: Logistics does not depend on Trade's tables; the order confirmation that made a
        // booking sets it, and cancelling that order finds its bookings by it (decision 041).
        b.HasIndex(x => x.OrderId);
        b.HasOne<Departure>().WithMany().HasForeignKey(x => x.DepartureId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScenarioConfiguration : IEntityTypeConfiguration<Scenario>
{
    public void Configure(EntityTypeBuilder<Scenario> b)
    {
        b.ToTable("network_scenarios");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(40);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.ChangesJson).HasColumnName("changes").HasMaxLength(100_000);
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.ToTable("shipments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.Cargo).HasMaxLength(100);
        b.Property(x => x.Origin).HasMaxLength(40);
        b.Property(x => x.Destination).HasMaxLength(40);
        b.Property(x => x.LegsJson).HasColumnName("legs").HasMaxLength(100_000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Ignore(x => x.Legs);
        b.HasIndex(x => new { x.OrganisationId, x.Reference }).IsUnique();
        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ShipmentEventConfiguration : IEntityTypeConfiguration<ShipmentEvent>
{
    public void Configure(EntityTypeBuilder<ShipmentEvent> b)
    {
        b.ToTable("shipment_events");
        b.HasKey(x => x.Id);

        // Set by the domain, so that an event added to a loaded shipment is inserted, not updated.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Node).HasMaxLength(40);
        b.Property(x => x.Note).HasMaxLength(500);
    }
}
