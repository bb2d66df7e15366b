using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HerstelWerk.Courses.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TrainersAndVolunteerEligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "trainer_role",
                table: "course_types",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<Guid>>(
                name: "trainer_volunteer_ids",
                table: "course_runs",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "volunteer_eligibility",
                columns: table => new
                {
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    active_revision = table.Column<int>(type: "integer", nullable: false),
                    roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_eligibility", x => x.volunteer_id);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_admissions",
                columns: table => new
                {
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    admitted = table.Column<bool>(type: "boolean", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_admissions", x => new { x.volunteer_id, x.facility_id });
                    table.ForeignKey(
                        name: "fk_volunteer_admissions_volunteer_eligibility_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteer_eligibility",
                        principalColumn: "volunteer_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "course_types",
                keyColumn: "id",
                keyValue: "back-to-the-future",
                column: "trainer_role",
                value: "back-to-the-future");

            migrationBuilder.UpdateData(
                table: "course_types",
                keyColumn: "id",
                keyValue: "cao",
                column: "trainer_role",
                value: "cao-trainer");

            migrationBuilder.UpdateData(
                table: "course_types",
                keyColumn: "id",
                keyValue: "sos-group",
                column: "trainer_role",
                value: "sos-trainer");

            migrationBuilder.UpdateData(
                table: "course_types",
                keyColumn: "id",
                keyValue: "sos-individual",
                column: "trainer_role",
                value: "sos-trainer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "volunteer_admissions");

            migrationBuilder.DropTable(
                name: "volunteer_eligibility");

            migrationBuilder.DropColumn(
                name: "trainer_role",
                table: "course_types");

            migrationBuilder.DropColumn(
                name: "trainer_volunteer_ids",
                table: "course_runs");
        }
    }
}
