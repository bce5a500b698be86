using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "counterparties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    other_names = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    birth_date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    identifiers = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counterparties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "list_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    entry_count = table.Column<int>(type: "integer", nullable: false),
                    previous_snapshot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    added_count = table.Column<int>(type: "integer", nullable: false),
                    removed_count = table.Column<int>(type: "integer", nullable: false),
                    changed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "screenings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterparty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterparty_version = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    query = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    snapshots = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    algorithm_version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    threshold = table.Column<double>(type: "double precision", nullable: false),
                    screened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    hit_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screenings", x => x.id);
                    table.ForeignKey(
                        name: "fk_screenings_counterparties_counterparty_id",
                        column: x => x.counterparty_id,
                        principalTable: "counterparties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "list_snapshot_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    caption = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    hash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payload = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_snapshot_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_list_snapshot_entries_list_snapshots_snapshot_id",
                        column: x => x.snapshot_id,
                        principalTable: "list_snapshots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "possible_matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    screening_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterparty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterparty_version = table.Column<int>(type: "integer", nullable: false),
                    counterparty_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    entry_caption = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    entry_hash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    name_score = table.Column<double>(type: "double precision", nullable: false),
                    explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    found_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision_reason = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_possible_matches", x => x.id);
                    table.ForeignKey(
                        name: "fk_possible_matches_screenings_screening_id",
                        column: x => x.screening_id,
                        principalTable: "screenings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_counterparties_organisation_id",
                table: "counterparties",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_list_snapshot_entries_snapshot_id_entry_key",
                table: "list_snapshot_entries",
                columns: new[] { "snapshot_id", "entry_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_list_snapshots_source_content_hash",
                table: "list_snapshots",
                columns: new[] { "source", "content_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_list_snapshots_source_is_active",
                table: "list_snapshots",
                columns: new[] { "source", "is_active" });

            migrationBuilder.CreateIndex(
                name: "ix_possible_matches_counterparty_id_status",
                table: "possible_matches",
                columns: new[] { "counterparty_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_possible_matches_organisation_id",
                table: "possible_matches",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_possible_matches_screening_id",
                table: "possible_matches",
                column: "screening_id");

            migrationBuilder.CreateIndex(
                name: "ix_possible_matches_status_found_at",
                table: "possible_matches",
                columns: new[] { "status", "found_at" });

            migrationBuilder.CreateIndex(
                name: "ix_screenings_counterparty_id_screened_at",
                table: "screenings",
                columns: new[] { "counterparty_id", "screened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_screenings_organisation_id",
                table: "screenings",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "list_snapshot_entries");

            migrationBuilder.DropTable(
                name: "possible_matches");

            migrationBuilder.DropTable(
                name: "list_snapshots");

            migrationBuilder.DropTable(
                name: "screenings");

            migrationBuilder.DropTable(
                name: "counterparties");
        }
    }
}
