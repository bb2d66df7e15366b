using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HerstelWerk.Placement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CandidatesEmployersAndPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "candidates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    cao_completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    adviser_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    talents = table.Column<List<string>>(type: "text[]", nullable: false),
                    preferred_sectors = table.Column<List<string>>(type: "text[]", nullable: false),
                    what_matters = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    region_after_release = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    available_from = table.Column<DateOnly>(type: "date", nullable: true),
                    other_restrictions = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    certificates = table.Column<List<string>>(type: "text[]", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_because = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_candidates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    hires_people_with_record = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "employer_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    visit_on = table.Column<DateOnly>(type: "date", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_employer_visits_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vacancies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    requirements = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vacancies", x => x.id);
                    table.ForeignKey(
                        name: "fk_vacancies_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_attendees",
                columns: table => new
                {
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_attendees", x => new { x.visit_id, x.candidate_id });
                    table.ForeignKey(
                        name: "fk_visit_attendees_employer_visits_visit_id",
                        column: x => x.visit_id,
                        principalTable: "employer_visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    stage_since = table.Column<DateOnly>(type: "date", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    facility_id_at_start = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    retention_check_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    retained_on = table.Column<DateOnly>(type: "date", nullable: true),
                    employment_ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    employment_end_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    closed_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placements", x => x.id);
                    table.ForeignKey(
                        name: "fk_placements_candidates_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_placements_vacancies_vacancy_id",
                        column: x => x.vacancy_id,
                        principalTable: "vacancies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "placement_stage_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    visit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placement_stage_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_placement_stage_history_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_candidates_adviser_id",
                table: "candidates",
                column: "adviser_id");

            migrationBuilder.CreateIndex(
                name: "ix_candidates_participant_id",
                table: "candidates",
                column: "participant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employer_visits_employer_id",
                table: "employer_visits",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_employer_visits_facility_id_visit_on",
                table: "employer_visits",
                columns: new[] { "facility_id", "visit_on" });

            migrationBuilder.CreateIndex(
                name: "ix_employers_organisation",
                table: "employers",
                column: "organisation");

            migrationBuilder.CreateIndex(
                name: "ix_placement_stage_history_placement_id",
                table: "placement_stage_history",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_candidate_id_vacancy_id",
                table: "placements",
                columns: new[] { "candidate_id", "vacancy_id" },
                unique: true,
                filter: "stage NOT IN ('EmploymentEnded', 'Closed')");

            migrationBuilder.CreateIndex(
                name: "ix_placements_retention_check_due_on",
                table: "placements",
                column: "retention_check_due_on");

            migrationBuilder.CreateIndex(
                name: "ix_placements_started_on",
                table: "placements",
                column: "started_on");

            migrationBuilder.CreateIndex(
                name: "ix_placements_vacancy_id",
                table: "placements",
                column: "vacancy_id");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_employer_id",
                table: "vacancies",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_status_sector",
                table: "vacancies",
                columns: new[] { "status", "sector" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_attendees_candidate_id",
                table: "visit_attendees",
                column: "candidate_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "placement_stage_history");

            migrationBuilder.DropTable(
                name: "visit_attendees");

            migrationBuilder.DropTable(
                name: "placements");

            migrationBuilder.DropTable(
                name: "employer_visits");

            migrationBuilder.DropTable(
                name: "candidates");

            migrationBuilder.DropTable(
                name: "vacancies");

            migrationBuilder.DropTable(
                name: "employers");
        }
    }
}
