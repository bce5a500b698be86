using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_counters",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_number = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_counters", x => new { x.organisation_id, x.type, x.year });
                    table.CheckConstraint("ck_document_counters_last", "last_number >= 0");
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    content_json = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    supersedes_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    cancels_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    snapshot_json = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: true),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_documents_cancels_id",
                table: "documents",
                column: "cancels_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_organisation_id",
                table: "documents",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_organisation_id_number",
                table: "documents",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_organisation_id_order_number",
                table: "documents",
                columns: new[] { "organisation_id", "order_number" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_supersedes_id",
                table: "documents",
                column: "supersedes_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_counters");

            migrationBuilder.DropTable(
                name: "documents");
        }
    }
}
