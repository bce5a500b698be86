using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Storage;

/// <summary>
/// ASP.NET Core's data-protection keys. A key's XML is about a kilobyte, longer than the 400 characters the string
/// convention gives every column; on PostgreSQL such a key could not be stored, so each server process made keys of
/// its own in memory and a cookie signed by one process (or before a restart) was refused by the others.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b) => b.Property(x => x.Xml).HasMaxLength(int.MaxValue);
}
