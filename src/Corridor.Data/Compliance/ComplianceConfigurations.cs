using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Compliance;

internal sealed class ListSnapshotConfiguration : IEntityTypeConfiguration<ListSnapshot>
{
    public void Configure(EntityTypeBuilder<ListSnapshot> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).HasMaxLength(40);
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.Ignore(x => x.Label);
        b.HasIndex(x => new { x.Source, x.IsActive });
        b.HasIndex(x => new { x.Source, x.ContentHash });
    }
}

internal sealed class ListSnapshotEntryConfiguration : IEntityTypeConfiguration<ListSnapshotEntry>
{
    public void Configure(EntityTypeBuilder<ListSnapshotEntry> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.EntryKey).HasMaxLength(300);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Hash).HasMaxLength(32);
        b.Property(x => x.Payload).HasMaxLength(200_000);
        b.HasIndex(x => new { x.SnapshotId, x.EntryKey }).IsUnique();
        b.HasOne<ListSnapshot>().WithMany().HasForeignKey(x => x.SnapshotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CounterpartyConfiguration : IEntityTypeConfiguration<Counterparty>
{
    public void Configure(EntityTypeBuilder<Counterparty> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.OtherNames).HasMaxLength(2000);
        b.Property(x => x.Identifiers).HasMaxLength(2000);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Country).HasMaxLength(2);
        b.Property(x => x.BirthDate).HasMaxLength(10);
        b.Ignore(x => x.AllNames);
        b.Ignore(x => x.IdentifierList);
    }
}

internal sealed class ScreeningConfiguration : IEntityTypeConfiguration<Screening>
{
    public void Configure(EntityTypeBuilder<Screening> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Query).HasMaxLength(2000);
        b.Property(x => x.Snapshots).HasMaxLength(2000);
        b.Property(x => x.AlgorithmVersion).HasMaxLength(40);
        b.HasIndex(x => new { x.CounterpartyId, x.ScreenedAt });
        b.HasOne<Counterparty>().WithMany().HasForeignKey(x => x.CounterpartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PossibleMatchConfiguration : IEntityTypeConfiguration<PossibleMatch>
{
    public void Configure(EntityTypeBuilder<PossibleMatch> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.EntryKey).HasMaxLength(300);
        b.Property(x => x.EntryHash).HasMaxLength(32);
        b.Property(x => x.CounterpartyName).HasMaxLength(300);
        b.Property(x => x.Explanation).HasMaxLength(4000);
        b.Property(x => x.DecisionReason).HasMaxLength(1200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.Blocks);
        b.HasIndex(x => new { x.CounterpartyId, x.Status });
        b.HasIndex(x => new { x.Status, x.FoundAt });
        b.HasOne<Screening>().WithMany().HasForeignKey(x => x.ScreeningId).OnDelete(DeleteBehavior.Restrict);
    }
}
