using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IntelligenceArticles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text = table.Column<string>(type: "character varying(1000000)", maxLength: 1000000, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    extractor_version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    extracted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reviewed_facts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    statement_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    conflict_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    metric = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    value = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: true),
                    period_until = table.Column<DateOnly>(type: "date", nullable: true),
                    accepted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviewed_facts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "fact_candidates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    extractor_version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sentence_start = table.Column<int>(type: "integer", nullable: false),
                    sentence_length = table.Column<int>(type: "integer", nullable: false),
                    figure_start = table.Column<int>(type: "integer", nullable: false),
                    figure_length = table.Column<int>(type: "integer", nullable: false),
                    figure_text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    bound = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    qualifier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    period_from = table.Column<DateOnly>(type: "date", nullable: true),
                    period_until = table.Column<DateOnly>(type: "date", nullable: true),
                    period_words = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    subject_words = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    subject_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    metric = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    metric_words = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    edited = table.Column<bool>(type: "boolean", nullable: false),
                    reject_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fact_candidates", x => x.id);
                    table.ForeignKey(
                        name: "fk_fact_candidates_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_fact_candidates_reviewed_facts_fact_id",
                        column: x => x.fact_id,
                        principalTable: "reviewed_facts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_articles_organisation_id",
                table: "articles",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_articles_organisation_id_sha256",
                table: "articles",
                columns: new[] { "organisation_id", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fact_candidates_article_id_figure_start",
                table: "fact_candidates",
                columns: new[] { "article_id", "figure_start" });

            migrationBuilder.CreateIndex(
                name: "ix_fact_candidates_fact_id",
                table: "fact_candidates",
                column: "fact_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_candidates_organisation_id",
                table: "fact_candidates",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_fact_candidates_organisation_id_status",
                table: "fact_candidates",
                columns: new[] { "organisation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_reviewed_facts_organisation_id",
                table: "reviewed_facts",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_reviewed_facts_organisation_id_conflict_key",
                table: "reviewed_facts",
                columns: new[] { "organisation_id", "conflict_key" });

            migrationBuilder.CreateIndex(
                name: "ix_reviewed_facts_organisation_id_statement_id",
                table: "reviewed_facts",
                columns: new[] { "organisation_id", "statement_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fact_candidates");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "reviewed_facts");
        }
    }
}
