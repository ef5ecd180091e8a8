"""Attribution carried over from context: across paragraphs, through long quotations, and where it must stop."""
from __future__ import annotations

import pytest

from tests.extract.helpers import candidate_with, sources_of


def test_a_paragraph_opening_with_the_agency_added_takes_the_agency_named_before():
    text = ("The field was flooded, Yonhap reported, citing a local official.\n\n"
            "The agency added that two bridges had been closed.")
    c = candidate_with(text, "two bridges")
    assert c.sources == ("YONHAP",) and c.attribution == "inherited"


def test_a_paragraph_opening_with_a_pronoun_or_the_official_takes_the_last_speaker():
    text = ("The Ministry of Unification said 40 families had applied.\n\n"
            "It added that the number was the lowest since 2019.\n\n"
            "The official said more applications were expected in spring.")
    assert sources_of(text, "lowest since 2019") == {"MOU"}
    assert sources_of(text, "expected in spring") == {"MOU"}


def test_a_definite_description_skips_a_nearer_speaker_of_another_kind():
    text = ("The National Intelligence Service said the shipments had doubled.\n\n"
            "Rep. Han Do-yoon said the briefing lasted three hours.\n\n"
            "The agency added that two of the ships were registered in Sierra Leone.")
    assert sources_of(text, "Sierra Leone") == {"NIS"}


def test_its_director_general_refers_to_the_body_that_spoke_last():
    text = ("The IAEA said the reactor had resumed operation in May.\n\n"
            "Its director general told reporters the agency would keep watching the site.")
    assert sources_of(text, "keep watching") == {"IAEA"}


def test_a_quotation_running_into_a_new_paragraph_stays_with_its_speaker():
    text = ('"The cable was cut on purpose," the Pentagon spokesperson said. "We know who did it.\n\n'
            '"We will share the evidence with our allies. Nobody should doubt that."\n\n'
            "The storm delayed repairs by a week.")
    for phrase in ("We know who did it", "share the evidence", "Nobody should doubt"):
        c = candidate_with(text, phrase)
        assert c.sources == ("DOD",) and c.quote, phrase
    assert candidate_with(text, "share the evidence").attribution == "inherited"


def test_a_quotation_paragraph_after_unattributed_background_has_no_speaker():
    text = ("The reservoir has been dry since June.\n\n"
            '"It is the worst drought in memory. The rice will not survive."')
    assert sources_of(text, "worst drought") == set()


def test_a_speaker_named_earlier_keeps_speaking_for_their_body_at_the_start_of_a_paragraph():
    text = ("The tanks will leave by March, Pentagon press secretary Ana Ruiz said.\n\n"
            "Ruiz declined to say where the tanks would go.")
    assert sources_of(text, "tanks will leave") == {"DOD"}
    c = candidate_with(text, "declined to say")
    assert c.sources == ("DOD",) and c.attribution == "inherited"


def test_someone_who_has_not_spoken_does_not_continue_the_previous_source():
    text = ("Growth slowed to 1.2 percent, the Bank of Korea said. "
            "Kim Jong Un has not been seen in public since April.")
    assert sources_of(text, "not been seen") == set()


def test_a_country_criticizing_or_declaring_speaks_for_itself():
    c = candidate_with("North Korea criticized the sanctions as a hostile act on Friday.", "hostile act")
    assert c.sources == ("NORTH_KOREA",) and c.source_names["NORTH_KOREA"] == "North Korea"
    assert sources_of("Russia and China blocked the draft and argued that talks should come first.",
                      "talks should come first") == {"RUSSIA_AND_CHINA"}
    assert sources_of("Pyongyang has repeatedly denied building the tunnels.", "tunnels") == {"PYONGYANG"}


def test_a_country_stating_the_stance_it_holds_now_speaks_for_itself():
    assert sources_of("Moscow denies supplying the drones and calls the reports fabricated.", "drones") == {"MOSCOW"}
    assert sources_of("Tokyo says 40 of its fishing boats were seized.", "fishing boats") == {"TOKYO"}
    # a present tense with more between subject and verb is a description, not a stance taken
    assert sources_of("China still rarely warns its fishermen away from the zone.", "fishermen") == set()


def test_a_country_doing_something_habitually_or_long_ago_is_background():
    assert sources_of("North Korea routinely condemns the drills as rehearsals for war.", "rehearsals") == set()
    assert sources_of("Pyongyang had informed shipping authorities of a launch window.", "window") == set()
    assert sources_of("North Korea fired a missile after the U.S. warned it against tests.", "fired") == set()


def test_what_follows_a_countrys_statement_is_not_carried_from_it():
    text = ("North Korea declared the border closed for good. The crossing had been used by 800 workers a day.")
    assert sources_of(text, "800 workers") == set()


def test_a_countrys_statement_relayed_by_state_media_gives_both():
    text = "North Korea's Foreign Ministry dismissed the report in a statement carried by the Korean Central News Agency."
    assert sources_of(text, "dismissed") == {"KCNA", "NORTH_KOREAS_FOREIGN_MINISTRY"}


def test_a_titled_speaker_after_the_head_of_a_body_spoke_is_that_head():
    text = ("The chief of the IAEA said on Monday the site was active again.\n\n"
            '"We see new construction. This is worrying," Director General Hans Berg told reporters.')
    assert sources_of(text, "We see new construction") == {"IAEA"}
    assert sources_of(text, "This is worrying") == {"IAEA"}


def test_a_titled_speaker_with_no_office_named_before_speaks_for_themselves():
    text = '"This is worrying," Director General Hans Berg told reporters.'
    c = candidate_with(text, "worrying")
    # the person's code is their name; the title is shown with it
    assert c.sources == ("HANS_BERG",) and c.source_names["HANS_BERG"] == "Director General Hans Berg"


def test_a_document_referred_back_to_reports_what_it_leaves_out():
    text = ("KCNA carried a statement condemning the drills.\n\n"
            "The statement did not specify how Pyongyang would respond.")
    assert sources_of(text, "did not specify") == {"KCNA"}


def test_its_report_set_off_by_an_appositive_refers_to_the_body_that_spoke_last():
    text = ("The IAEA said the reactor was running.\n\n"
            "Its annual report, sent to members on Friday, said a second building was finished.")
    c = candidate_with(text, "second building")
    assert c.sources == ("IAEA",) and c.attribution == "inherited"


def test_a_paragraph_of_more_figures_continues_the_data_release_before_it():
    text = ("Exports rose 5.2% in May, data from the Korea Customs Service showed.\n\n"
            "Imports fell 2.1% over the same period, leaving a surplus of $3 billion.")
    c = candidate_with(text, "Imports fell")
    assert c.sources == ("KOREA_CUSTOMS_SERVICE",) and c.attribution == "inherited"


def test_figures_after_a_speaker_who_released_no_data_are_background():
    text = ("The JCS said 20 shells had landed near the island.\n\n"
            "About 300 shells fell in the same area last year.")
    assert sources_of(text, "300 shells") == set()
    text = ('Exports rose 5.2% in May, data from the Korea Customs Service showed.\n\n'
            '"Chips carried the month," said Lim Ha-na, an economist at Seoul Securities.\n\n'
            "The won has lost 6% against the dollar since July.")
    assert sources_of(text, "The won") == set()


def test_only_the_next_sentence_can_name_the_head_of_a_body_by_title():
    text = ("The chief of the IAEA said on Monday the site was active again.\n\n"
            "The site lies 90 km north of Pyongyang.\n\n"
            '"We will not be intimidated," President Alan Reeve told reporters.')
    assert sources_of(text, "intimidated") == {"ALAN_REEVE"}


def test_a_habit_or_a_piece_of_history_after_a_statement_stays_unattributed():
    text = ("Seoul will ship rice to the North, the unification ministry said. The drills are held every "
            "year in March. The Kaesong complex has been shut since 2016.")
    assert sources_of(text, "every year") == set()
    text = "Seoul will ship rice to the North, the unification ministry said. The complex has been shut since 2016."
    assert sources_of(text, "shut since") == set()
    assert sources_of("북한이 탄도미사일을 발사했다고 합참이 밝혔다. 한미 연합훈련은 매년 3월과 8월에 실시된다.", "매년") == set()


def test_a_record_against_an_earlier_year_or_the_source_s_own_history_still_continues_it():
    text = "Exports rose 7 percent, the trade ministry said. Shipments to China were the highest since 2019."
    assert len(sources_of(text, "highest since")) == 1
    text = ("The IAEA said the reactor was running. The agency has had no access to the site since "
            "inspectors were expelled in 2009.")
    assert sources_of(text, "no access") == {"IAEA"}


def test_a_body_known_by_its_initials_speaks_across_a_relative_clause():
    text = ("The WFP, which has had no international staff in the North since 2021, estimates that "
            "40 percent of the population is undernourished.")
    assert list(candidate_with(text, "undernourished").source_names.values()) == ["WFP"]


def test_a_general_fact_in_the_present_after_a_statement_stays_unattributed():
    text = ("Seoul will shorten service, the defense ministry said. Conscription is mandatory for able-bodied "
            "men, who serve 18 to 21 months.")
    assert sources_of(text, "mandatory") == set()
    text = "The JCS said the island was shelled. The force has shrunk by a third since the early 2000s."
    assert sources_of(text, "shrunk") == set()


def test_a_figure_in_the_main_clause_is_the_source_s_data_whatever_year_it_names():
    text = ("Output fell 9 percent, the report said. Coal output slipped 3 percent because of sanctions "
            "imposed in 2017.")
    assert sources_of(text, "Coal output") == sources_of(text, "Output fell")


def test_a_body_s_own_document_referred_back_to_speaks_for_the_body():
    text = ("Seoul will shorten service, the defense ministry said. The ministry's own projections show the "
            "number of men turning 20 will fall.")
    assert sources_of(text, "projections") == {"MND"}


def test_a_report_cited_before_continues_into_a_paragraph_of_further_figures():
    text = ("Output fell 9 percent, according to a report released Monday by the Korea Energy Security Forum.\n\n"
            "Hydropower fell 12 percent, the report said. Coal output slipped 3 percent.")
    assert sources_of(text, "Coal output") == sources_of(text, "Output fell") != set()


def test_he_said_refers_to_the_person_who_spoke_before_and_is_the_subject_just_before():
    text = ('"The nets come up empty," said Choi, 58, a crab fisherman. The Oceans Ministry said catches fell '
            "by a third this year.\n\n"
            'On the pier, Choi mends a torn net. "Next year will be worse," he said. "Nobody believes me."')
    speaker = candidate_with(text, "nets come up").sources
    assert candidate_with(text, "Next year").sources == speaker
    assert candidate_with(text, "Nobody believes").sources == speaker


def test_a_person_named_in_full_before_speaks_later_by_surname_alone():
    text = ("PYONGYANG -- North Korean leader Kim Jong Un visited a munitions factory, KCNA said Tuesday.\n\n"
            "Kim said the munitions industry must run at full capacity.\n\n"
            "During the visit, Kim called for the factory to double its output, the agency said.\n")
    c = candidate_with(text, "full capacity")
    assert c.attribution == "explicit" and set(c.source_names.values()) == {"Kim Jong Un"}
    both = candidate_with(text, "double its output")
    assert "KCNA" in both.sources and "Kim Jong Un" in both.source_names.values()


def test_a_spokesperson_named_after_two_bodies_speaks_for_the_last_one_later():
    text = ("WASHINGTON -- The Department of Defense will send four drones to South Korea, Pentagon press "
            "secretary Dana Whitfield said Thursday.\n\n"
            "\"This is not an escalation,\" Whitfield said.\n")
    assert sources_of(text, "not an escalation") == {"DOD"}


@pytest.mark.parametrize("later", [
    "\"The gravity of the crime cannot be overstated,\" the court said in its ruling.",
    "The group met its handlers five times, the ruling said.",
])
def test_the_court_or_its_ruling_refers_back_to_the_court_named_before(later):
    text = ("The Seoul Central District Court on Monday sentenced a former union official to 15 years in prison.\n\n"
            + later + "\n")
    court = candidate_with(text, "sentenced").sources
    assert court and candidate_with(text, later[5:30]).sources == court


def test_the_authors_or_the_analysis_refer_back_to_the_body_that_published_it():
    text = ("North Korea has dug a new tunnel at its test site, according to an analysis by the Stimson Center.\n\n"
            "Imagery from Nov. 19 shows a fresh spoil pile, the analysis said.\n\n"
            "\u201cThe volume is consistent with new excavation,\u201d the authors wrote.\n")
    site = candidate_with(text, "new tunnel").sources
    assert site and sources_of(text, "spoil pile") == set(site) == sources_of(text, "consistent with")


def test_a_minister_introduced_by_title_alone_speaks_for_the_ministry_later_by_surname():
    text = ("The ceremony was presided over by Minister of National Defense Kwon Tae-sung.\n\n"
            "In his speech, Kwon said the submarine would deter the North.\n")
    c = candidate_with(text, "deter the North")
    assert c.sources == ("MND",)


def test_a_lawmaker_after_a_chairman_spoke_speaks_for_themselves_not_the_chairman_s_office():
    text = ("Gen. Noh Jae-hoon, chairman of the Joint Chiefs of Staff, said the drone was tracked.\n\n"
            "Rep. Han Ji-sook of the People Power Party said the defenses remained unprepared.\n")
    c = candidate_with(text, "unprepared")
    assert "JCS" not in c.sources and set(c.source_names.values()) == {"Rep. Han Ji-sook"}


def test_the_data_refers_back_to_the_body_that_compiled_them_and_the_next_figure_carries_it():
    text = ("Pork prices in North Korean markets hit a record, according to data compiled by Asia Press.\n\n"
            "Pork sold for 24,000 won a kilogram in Hyesan, up 30% in a month, the data show. "
            "Chicken rose more slowly.")
    first = candidate_with(text, "hit a record")
    assert candidate_with(text, "24,000").sources == first.sources
    later = candidate_with(text, "Chicken")
    assert later.sources == first.sources and later.attribution == "inherited"


def test_a_commentary_or_editorial_refers_back_to_the_outlet_that_carried_it():
    text = ("North Korea's state media on Friday carried a commentary calling the exercise \"a reckless gamble\".\n\n"
            "The commentary said the army stood ready to respond.\n\n"
            "The editorial added that talks were pointless.")
    assert sources_of(text, "stood ready") == {"KCNA"}
    assert sources_of(text, "pointless") == {"KCNA"}


def test_a_refusal_by_the_speaker_just_quoted_is_theirs_and_a_survey_is_its_author_s_not_the_last_speaker_s():
    text = ("The batteries will stay through the winter, the Pentagon spokeswoman, Maj. Ellen Park, told reporters. "
            "She declined to say how many launchers they include.")
    refusal = candidate_with(text, "launchers")
    assert refusal.sources == ("DOD",) and refusal.attribution == "inherited"
    poll = ("Support fell to 31 percent, according to a poll released by the Haneul Policy Institute. "
            "The Ministry of Unification said it would study the findings. "
            "The survey also found that most respondents saw the North as a threat.")
    assert candidate_with(poll, "threat").sources == candidate_with(poll, "31 percent").sources != ("MOU",)


def test_a_numbered_document_and_a_body_s_data_named_by_its_kind_refer_back():
    text = ("The Bank of Korea said on Monday that growth slowed.\n\n"
            "Exports fell 3 percent in October, central bank data showed.")
    assert sources_of(text, "Exports fell") == {"BOK"}
    text = ("The Joint Chiefs of Staff released a report on the drills.\n\n"
            "Ten shells landed near the island, according to the 40-page report.")
    assert sources_of(text, "Ten shells") == {"JCS"}


def test_the_company_refers_back_to_a_body_whose_name_says_no_kind():
    text = ("Daewoo Marine said in a statement that it was aware of the leak. "
            "The company declined to say whether other hulls had been inspected.")
    assert sources_of(text, "other hulls") == sources_of(text, "aware of the leak")


def test_faulting_someone_is_a_judgement_the_document_reports():
    text = ("Maritime Watch said in a report that the ship had switched off its transponder.\n\n"
            "It also faulted the flag state for failing to inspect the vessel.")
    assert sources_of(text, "flag state") == sources_of(text, "transponder") != set()
