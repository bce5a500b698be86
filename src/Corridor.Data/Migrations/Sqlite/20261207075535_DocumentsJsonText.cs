using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentsJsonText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
