"""The router tool through a real MCP client: plans, dry runs that match real runs, and questions."""

from __future__ import annotations

import pytest
from mcp import Client
from mcp_types import ElicitResult, ListRootsResult, Root

from tests.helpers import Control, mcp_client, params

pytestmark = pytest.mark.anyio


async def test_dry_run_costs_nothing_and_matches_what_the_real_run_submits(tmp_path, emulator, control: Control):
    async with mcp_client(tmp_path, emulator) as client:
        request = {"request": "make me a 12 s lo-fi bed, mellow rhodes, 80 BPM, no vocals"}
        dry = await client.call_tool("make_music", {**request, "dry_run": True})
        assert not dry.is_error, dry.content
        plan = dry.structured_content["plan"]
        assert dry.structured_content["status"] == "plan"
        assert plan["endpoint"] == "text_to_audio" and plan["arguments"]["duration"] == 12
        assert plan["estimate_usd"] == pytest.approx(12 * 0.0002)
        assert "'12 s' → 12 s" in plan["rationale"]
        assert (await control.submits())["total"] == 0
        real = await client.call_tool("make_music", request)
        assert not real.is_error, real.content
        assert real.structured_content["duration_s"] == 12.0
        assert real.structured_content["plan"]["arguments"] == plan["arguments"]
        track = real.structured_content["track_id"]

        edit = {"request": "replace 0:03-0:06 with a piano breakdown", "audio": track}
        dry_edit = await client.call_tool("make_music", {**edit, "dry_run": True})
        assert dry_edit.structured_content["plan"]["endpoint"] == "audio_inpaint"
        assert "lo-fi" in dry_edit.structured_content["plan"]["arguments"]["tags"]  # the original's tags kept
        done = await client.call_tool("make_music", edit)
        assert {"type": "inpaint", "start_s": 3.0, "end_s": 6.0, "source_s": 12.0}.items() <= done.structured_content[
            "edit"
        ].items()

        extend = await client.call_tool(
            "make_music", {"request": "add a 3 s intro and a 5 second outro", "audio": track}
        )
        assert extend.structured_content["duration_s"] == 20.0
        assert "chose audio_outpaint because" in extend.content[0].text
    by_hash = (await control.submits())["by_body_hash"]
    assert by_hash[plan["body_hash"]] == 1
    assert by_hash[dry_edit.structured_content["plan"]["body_hash"]] == 1
    assert sum(by_hash.values()) == 3


async def test_a_vague_edit_asks_through_elicitation_and_runs_on_the_answer(tmp_path, emulator, control: Control):
    asked: list[str] = []

    async def answer(context, request_params):
        asked.append(request_params.message)
        return ElicitResult(action="accept", content={"start_time": 1, "end_time": 3})

    async with Client(params(tmp_path, emulator), mode="legacy", elicitation_callback=answer) as client:
        first = await client.call_tool("text_to_audio", {"tags": "pop", "duration": 6})
        fixed = await client.call_tool(
            "make_music", {"request": "fix the chorus", "audio": first.structured_content["track_id"]}
        )
    assert not fixed.is_error, fixed.content
    assert "time range" in asked[0] and "chorus" in asked[0]
    assert fixed.structured_content["edit"]["start_s"] == 1.0 and fixed.structured_content["edit"]["end_s"] == 3.0
    assert (await control.submits())["total"] == 2


async def test_a_vague_request_asks_on_the_modern_protocol_too(tmp_path, emulator, control: Control):
    async def answer(context, request_params):
        return ElicitResult(action="accept", content={"extend_before": 0, "extend_after": 4})

    async with Client(params(tmp_path, emulator), mode="auto", elicitation_callback=answer) as client:
        first = await client.call_tool("text_to_audio", {"tags": "pop", "duration": 6})
        longer = await client.call_tool(
            "make_music", {"request": "make it longer", "audio": first.structured_content["track_id"]}
        )
    assert not longer.is_error, longer.content
    assert longer.structured_content["duration_s"] == 10.0


async def test_without_elicitation_the_question_comes_back_as_an_error_and_nothing_is_spent(
    tmp_path, emulator, control
):
    async with mcp_client(tmp_path, emulator) as client:
        first = await client.call_tool("text_to_audio", {"tags": "pop", "duration": 5})
        vague = await client.call_tool(
            "make_music", {"request": "make it longer", "audio": first.structured_content["track_id"]}
        )
        no_track = await client.call_tool("make_music", {"request": "replace 0:20-0:40 with a piano breakdown"})
        too_long = await client.call_tool("make_music", {"request": "make a 90 minute house track"})
        five = await client.call_tool("make_music", {"request": "make a 5 minute house track", "dry_run": True})
    assert vague.is_error and "How much should I add" in vague.content[0].text
    assert no_track.is_error and "Which track" in no_track.content[0].text
    assert too_long.is_error and "at most 3600 s" in too_long.content[0].text
    steps = five.structured_content["plan"]["steps"]
    assert [s["endpoint"] for s in steps] == ["text_to_audio", "audio_outpaint"]
    assert "Then 1 more call(s)" in five.content[0].text
    assert five.structured_content["plan"]["total_estimate_usd"] == pytest.approx(300 * 0.0002)
    assert (await control.submits())["total"] == 1


async def test_a_declined_question_spends_nothing(tmp_path, emulator, control: Control):
    async def decline(context, request_params):
        return ElicitResult(action="decline")

    async with Client(params(tmp_path, emulator), mode="legacy", elicitation_callback=decline) as client:
        first = await client.call_tool("text_to_audio", {"tags": "pop", "duration": 5})
        result = await client.call_tool(
            "make_music", {"request": "jazz it up", "audio": first.structured_content["track_id"]}
        )
    assert result.is_error and "nothing was planned or spent" in result.content[0].text
    assert (await control.submits())["total"] == 1


async def test_an_edit_of_a_local_file_asks_for_roots_once_and_plans_on_the_file_it_ran(
    tmp_path, emulator, control: Control
):
    """The router probes the file to plan; the run must reuse that look-up, not ask the client for
    its roots (and read or fetch the audio) again at every step."""
    asked = 0

    async def roots(context):
        nonlocal asked
        asked += 1
        return ListRootsResult(roots=[Root(uri=f"file://{tmp_path}")])

    async with Client(params(tmp_path, emulator), mode="legacy", list_roots_callback=roots) as client:
        first = await client.call_tool("text_to_audio", {"tags": "pop", "duration": 8})
        path = first.structured_content["path"]
        assert asked == 0  # no audio input, no reason to ask
        dry = await client.call_tool(
            "make_music", {"request": "replace 0:02-0:04 with a drum fill", "audio": path, "dry_run": True}
        )
        assert not dry.is_error, dry.content
        assert asked == 1
        done = await client.call_tool("make_music", {"request": "replace 0:02-0:04 with a drum fill", "audio": path})
        assert not done.is_error, done.content
        assert asked == 2
    edit = done.structured_content["edit"]
    assert {k: edit[k] for k in ("type", "start_s", "end_s", "source_s")} == {
        "type": "inpaint",
        "start_s": 2.0,
        "end_s": 4.0,
        "source_s": 8.0,
    }
    assert edit["spliced"] is True and edit["sent"]["seconds"] == 8.0  # an 8 s file goes whole
    by_hash = (await control.submits())["by_body_hash"]
    assert by_hash[dry.structured_content["plan"]["body_hash"]] == 1


async def test_an_absurd_duration_is_one_sentence_naming_the_field_before_anything_is_planned(
    tmp_path, emulator, control
):
    async with mcp_client(tmp_path, emulator) as client:
        for value in (10**300, 0, 3601):
            result = await client.call_tool("make_music", {"request": "a lo-fi bed", "duration": value})
            text = result.content[0].text
            assert result.is_error and "`duration`" in text and "3600" in text, text
            assert "\n" not in text and len(text) < 400, text
    assert (await control.submits())["total"] == 0


async def test_fields_the_agent_filled_are_trusted_checked_against_the_words_and_never_reread(
    tmp_path, emulator, control: Control
):
    async with mcp_client(tmp_path, emulator) as client:
        # Lyrics passed as a field are not read again as instructions where the words also hold them.
        sung = await client.call_tool(
            "make_music",
            {"request": "a soft ballad: Meet me at 10:30", "lyrics": "Meet me at 10:30", "dry_run": True},
        )
        assert not sung.is_error, sung.content
        assert "duration" not in sung.structured_content["plan"]["arguments"]
        assert "default, 60 s" in sung.structured_content["plan"]["rationale"]
        # Words and a field that disagree: one question naming the field, nothing spent.
        clash = await client.call_tool("make_music", {"request": "lo-fi beat, 90 seconds", "duration": 30})
        assert clash.is_error and "duration" in clash.content[0].text
        # The vocal language and no vocals as fields.
        ja = await client.call_tool("make_music", {"request": "city pop", "vocal_language": "ja", "dry_run": True})
        assert ja.structured_content["plan"]["endpoint"] == "text_to_audio_v15"
        assert "japanese vocal" in ja.structured_content["plan"]["arguments"]["tags"]
        inst = await client.call_tool("make_music", {"request": "city pop", "instrumental": True, "dry_run": True})
        assert inst.structured_content["plan"]["arguments"]["lyrics"] == "[inst]"
        # A format given as a field with a track: delivered differently, free, not the generic question.
        first = await client.call_tool("text_to_audio", {"tags": "pop", "duration": 5})
        mp3 = await client.call_tool(
            "make_music",
            {"request": "convert it", "audio": first.structured_content["track_id"], "output_format": "mp3",
             "fade_out_s": 2, "dry_run": True},
        )  # fmt: skip
        assert not mp3.is_error, mp3.content
        assert mp3.structured_content["plan"]["endpoint"] == "process_track"
        assert mp3.structured_content["plan"]["arguments"]["fade_out_s"] == 2
        # Cuts as fields (issue 25: make_music had no field for them): the free cut, not the generic question.
        cut = await client.call_tool(
            "make_music",
            {"request": "lose the first two seconds", "audio": first.structured_content["track_id"],
             "trim_start_s": 2, "dry_run": True},
        )  # fmt: skip
        assert not cut.is_error, cut.content
        assert cut.structured_content["plan"]["endpoint"] == "process_track"
        assert cut.structured_content["plan"]["arguments"]["trim_start_s"] == 2
    assert (await control.submits())["total"] == 1


async def test_an_extension_after_a_section_edit_takes_the_songs_style_not_the_sections(tmp_path, emulator):
    """Issue 28: after "replace 0:03-0:06 with a harp interlude", "add a 10 s intro" describes the song
    (the root's tags), not the harp section the last edit's tags name."""
    async with mcp_client(tmp_path, emulator) as client:
        made = await client.call_tool("text_to_audio", {"tags": "dark synthwave, 100 BPM", "duration": 12})
        inpainted = await client.call_tool(
            "audio_inpaint",
            {"audio": made.structured_content["track_id"], "tags": "harp interlude", "start_time": 3, "end_time": 6},
        )
        assert not inpainted.is_error, inpainted.content
        dry = await client.call_tool(
            "make_music",
            {"request": "add a 10 s intro", "audio": inpainted.structured_content["track_id"], "dry_run": True},
        )
    plan = dry.structured_content["plan"]
    assert plan["endpoint"] == "audio_outpaint", plan
    assert "synthwave" in plan["arguments"]["tags"] and "harp" not in plan["arguments"]["tags"], plan["arguments"]


async def test_a_trim_in_words_cuts_the_track_for_free_and_keeps_the_original(tmp_path, emulator, control: Control):
    """'cut the last 4 seconds' was a question (or, said as 'give me the first 30 seconds as mp3', a paid
    inpaint of that part); it is process_track's trim: free, and the track it came from is kept."""
    async with mcp_client(tmp_path, emulator) as client:
        made = await client.call_tool("text_to_audio", {"tags": "pop", "duration": 12})
        track = made.structured_content["track_id"]
        cut = await client.call_tool("make_music", {"request": "cut the last 4 seconds", "audio": track})
        assert not cut.is_error, cut.content
        assert cut.structured_content["duration_s"] == pytest.approx(8.0, abs=0.05)
        assert cut.structured_content["parent_track_id"] == track
        part = await client.call_tool(
            "make_music", {"request": "give me the first 5 seconds as mp3", "audio": track, "dry_run": True}
        )
        assert part.is_error and "process_track" in part.content[0].text, part.content
        kept = await client.call_tool("track_view", {"track": track})
        assert not kept.is_error
    assert (await control.submits())["total"] == 1  # the render; the trim and the question spent nothing


async def test_another_piece_in_the_words_is_asked_about_unless_the_agent_passed_takes(tmp_path, emulator, control):
    # The schema's default takes (1) is not the agent's word: the router still asks about 'another one'.
    request = "2 min lofi beat, then make another one just like it"
    async with mcp_client(tmp_path, emulator) as client:
        asked = await client.call_tool("make_music", {"request": request, "dry_run": True})
        two = await client.call_tool("make_music", {"request": request, "takes": 2, "dry_run": True})
    assert asked.is_error and "takes" in asked.content[0].text
    assert not two.is_error and two.structured_content["status"] == "plan"
    assert (await control.submits())["total"] == 0


async def test_versions_in_the_words_are_takes_priced_whole_and_the_agents_takes_win(tmp_path, emulator, control):
    # 'three versions of X' plans takes 3: the dry run prices all three, the real call renders three (each paid,
    # best first); the agent's own `takes` field wins over the words' count where it disagrees (a question).
    request = "three versions of a 6 second lofi beat, mellow rhodes, 80 BPM"
    async with mcp_client(tmp_path, emulator) as client:
        dry = await client.call_tool("make_music", {"request": request, "dry_run": True})
        assert not dry.is_error, dry.content
        plan = dry.structured_content["plan"]
        assert plan["takes"] == 3 and plan["estimate_usd"] == pytest.approx(3 * 6 * 0.0002)
        assert "3 takes of the same request" in plan["rationale"]
        assert (await control.submits())["total"] == 0
        clash = await client.call_tool("make_music", {"request": request, "takes": 2, "dry_run": True})
        assert clash.is_error and "takes" in clash.content[0].text
        real = await client.call_tool("make_music", {"request": request})
        assert not real.is_error, real.content
        assert len(real.structured_content["takes"]) == 3
    assert (await control.submits())["total"] == 3
