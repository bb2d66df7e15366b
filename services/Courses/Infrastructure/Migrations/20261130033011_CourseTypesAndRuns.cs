using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HerstelWerk.Courses.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CourseTypesAndRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "course_types",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    only_format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    minimum_sessions = table.Column<int>(type: "integer", nullable: false),
                    maximum_sessions = table.Column<int>(type: "integer", nullable: true),
                    maximum_group_size = table.Column<int>(type: "integer", nullable: false),
                    sessions_to_complete = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "course_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_type_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    facility_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_runs_course_types_course_type_id",
                        column: x => x.course_type_id,
                        principalTable: "course_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_course_runs_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "course_sessions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    course_run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    scheduled_on = table.Column<DateOnly>(type: "date", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_sessions_course_runs_course_run_id",
                        column: x => x.course_run_id,
                        principalTable: "course_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "course_types",
                columns: new[] { "id", "maximum_group_size", "maximum_sessions", "minimum_sessions", "name", "only_format", "sessions_to_complete" },
                values: new object[,]
                {
                    { "back-to-the-future", 1, null, 1, "Back to the Future", "Individual", 4 },
                    { "cao", 12, null, 5, "CAO - Cursus ArbeidsOriëntatie", null, 4 },
                    { "sos-group", 12, 8, 8, "SOS - groep", "Group", 6 },
                    { "sos-individual", 1, 8, 8, "SOS - individueel", "Individual", 6 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_course_runs_course_type_id_starts_on",
                table: "course_runs",
                columns: new[] { "course_type_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_course_runs_facility_id_starts_on",
                table: "course_runs",
                columns: new[] { "facility_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_course_sessions_course_run_id_number",
                table: "course_sessions",
                columns: new[] { "course_run_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "course_sessions");

            migrationBuilder.DropTable(
                name: "course_runs");

            migrationBuilder.DropTable(
                name: "course_types");
        }
    }
}
