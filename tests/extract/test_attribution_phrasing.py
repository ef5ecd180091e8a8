"""Attribution phrased the many ways wire copy phrases it: any verb form, passive, nested, negated."""
from __future__ import annotations

import pytest

from tests.extract.helpers import candidate_with, sources_of


def test_a_reporting_verb_counts_in_any_of_its_forms():
    assert sources_of("Exports rise for a third month; chip demand holds, the BOK flagged on Friday.",
                      "Exports") == {"BOK"}
    assert sources_of("The NIS has attributed the theft to a unit of the Reconnaissance General Bureau.",
                      "theft") == {"NIS"}


def test_a_passive_reporting_verb_takes_its_agent_after_by():
    text = "The launch was also confirmed by the Pentagon, hours after it happened."
    assert sources_of(text, "launch") == {"DOD"}
    text = "Debris from the rocket was detected by South Korea's military off the west coast."
    assert sources_of(text, "Debris") == {"JCS"}


def test_a_negated_report_is_silence_not_an_attribution():
    assert sources_of("North Korea's state media has not mentioned the test.", "test") == set()
    assert sources_of("Pyongyang's state media never acknowledged the failed launch.", "failed") == set()
    assert sources_of("The Defense Ministry has not commented on the leaked memo.", "leaked") == set()


def test_a_negated_say_still_reports_the_body_speaking():
    text = "The JCS did not say how many shells had landed north of the line."
    assert sources_of(text, "shells") == {"JCS"}


def test_a_source_quoting_another_gives_both():
    text = "KCNA quoted a foreign ministry spokesperson as saying the drills were a rehearsal for war."
    c = candidate_with(text, "rehearsal")
    assert c.sources[0] == "KCNA" and len(c.sources) == 2
    assert "foreign ministry" in c.source_names[c.sources[1]]


def test_a_speaker_quoted_by_someone_else_gives_the_speaker_and_who_passed_it_on():
    text = ("The unit stole $400 million from two exchanges, the NIS official was quoted as saying by "
            "Rep. Park Ji-ho.")
    c = candidate_with(text, "stole")
    assert c.sources[0] == "NIS" and c.source_names[c.sources[1]] == "Rep. Park Ji-ho"


def test_a_speaker_set_off_by_a_participle_phrase_is_still_the_speaker():
    text = "Japanese Ambassador Sato Ren, speaking to reporters after the vote, said Tokyo would abstain."
    c = candidate_with(text, "abstain")
    assert len(c.sources) == 1 and "Sato Ren" in c.source_names[c.sources[0]]


def test_a_body_as_subject_acts_across_an_appositive():
    text = ("The council's president, Ambassador Kofi Mensah of Ghana, later read out a statement on the launch. "
            "The statement did not name the North.")
    assert sources_of(text, "read out") == {"UNSC"}
    c = candidate_with(text, "did not name")
    assert c.sources == ("UNSC",) and c.attribution == "inherited"


def test_a_body_named_in_capitals_without_a_body_word_is_a_source():
    assert len(sources_of("Inflation slowed to 1.9 percent in May, according to Statistics Korea.", "Inflation")) == 1
    c = candidate_with("Images analysed by 38 North showed new construction at the site.", "Images")
    assert list(c.source_names.values()) == ["38 North"]
    c = candidate_with("The FBI has attributed the theft to North Korean hackers.", "theft")
    assert list(c.source_names.values()) == ["FBI"]


def test_a_place_in_capitals_after_according_to_is_not_a_source():
    assert sources_of("Talks will resume in May, according to Seoul.", "Talks") == set()


def test_an_alias_matches_with_the_country_named_another_way():
    assert sources_of("South Korean spy agency officials briefed lawmakers on the purge.", "purge") == {"NIS"}
    assert sources_of("Tokyo's defense ministry said the missile fell outside its zone.", "zone") == {"JMOD"}
    assert sources_of("Pyongyang's state media said the test was a success.", "success") == {"KCNA"}


def test_the_head_of_a_registered_body_speaks_for_it():
    assert sources_of("U.S. Defense Secretary Mark Ellis said the troops would stay.", "troops") == {"DOD"}
    assert sources_of("The unification minister told lawmakers the office would reopen.", "reopen") == {"MOU"}


def test_a_body_first_named_in_lower_case_is_a_source_and_later_referred_back_to():
    text = ("Exports rose 7 percent, data from the trade ministry showed. "
            "Imports rose 1 percent, the ministry said.")
    c = candidate_with(text, "Exports")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["the trade ministry"]
    assert candidate_with(text, "Imports").sources == c.sources


def test_a_headline_naming_its_source_by_kind_takes_the_body_the_lead_names():
    text = ("Seoul scrambles jets after drones cross border, military says\n\n"
            "SEOUL, April 22 -- Five drones crossed the border on Tuesday, the Joint Chiefs of Staff said.")
    c = candidate_with(text, "scrambles")
    assert c.sources == ("JCS",) and c.attribution == "explicit"


def test_a_headline_kind_that_the_lead_source_is_not_stays_unattributed():
    text = ("Drones cross border, ministry says\n\n"
            "SEOUL, April 22 -- Five drones crossed the border on Tuesday, the Joint Chiefs of Staff said.")
    assert sources_of(text, "Drones cross") == set()


def test_an_office_title_without_a_country_is_the_home_body():
    assert sources_of('"We regret it," Defense Minister Cho Yong-hwan told a committee.', "regret") == {"MND"}
    assert sources_of("Unification Minister Park Eun-ji said the office would reopen.", "reopen") == {"MOU"}


def test_a_body_known_by_its_initials_speaks_from_anywhere_before_its_verb():
    text = "Ransomware payments doubled last year, the FTC said in a bulletin on Friday."
    c = candidate_with(text, "Ransomware")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["FTC"]


def test_a_second_verb_shares_the_registered_subject_and_invents_no_person():
    text = "Seoul's spy agency confirmed the defection late on Monday but said the envoy's family was still abroad."
    assert sources_of(text, "envoy's family") == {"NIS"}


def test_an_opening_adverbial_of_time_or_place_does_not_hide_the_subject():
    assert sources_of("Last week, Yonhap ran photographs of the barge and quoted a port worker.", "barge") == {"YONHAP"}
    assert sources_of("In Geneva, the IAEA reported new activity at the reactor.", "reactor") == {"IAEA"}


def test_a_statement_released_through_an_outlet_credits_the_outlet_too():
    text = "North Korea's foreign ministry denounced the sanctions on Friday in a statement issued via KCNA."
    c = candidate_with(text, "denounced")
    assert "KCNA" in c.sources and len(c.sources) == 2


@pytest.mark.parametrize("text", [
    "North Korea's foreign ministry dismissed the report as \"a fabrication\", in a statement carried by state news agency KCNA.",
    "Later, North Korea's foreign ministry, in a statement carried by state news agency KCNA, dismissed the report.",
])
def test_a_statement_carried_by_an_outlet_named_by_its_kind_credits_the_speaker_and_the_outlet(text):
    c = candidate_with(text, "dismissed")
    assert "KCNA" in c.sources and len(c.sources) == 2
    assert "foreign ministry" in " ".join(c.source_names.values())


def test_calling_something_a_name_is_a_judgement_the_caller_made():
    c = candidate_with("In London, the Foreign Office called the transfer a grave breach of the embargo.", "grave breach")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["Foreign Office"]


def test_a_so_called_label_is_not_a_verb_of_saying():
    assert sources_of("The so-called hwasong drills resumed near the coast.", "drills resumed") == set()


def test_a_refusal_to_comment_does_not_continue_the_previous_speaker():
    text = ("The tanker was seized off Busan, the Korea Coast Guard said. "
            "Officials at the Maritime Safety Board declined to comment.")
    assert sources_of(text, "declined") == set()


def test_a_schedule_in_the_passive_continues_the_source_that_announced_it():
    text = ("Seoul will ship 300 tons of rice to the North, the unification ministry said on Friday. "
            "The cargo, worth 900 million won, is expected to leave Busan in June.")
    assert sources_of(text, "The cargo") == {"MOU"}


def test_hearsay_in_the_passive_still_blocks_the_previous_speaker():
    text = ("Seoul will ship 300 tons of rice to the North, the unification ministry said on Friday. "
            "The cargo is said to include medicine as well.")
    assert sources_of(text, "The cargo") == set()


def test_putting_a_figure_at_a_value_is_an_estimate_by_whoever_puts_it():
    assert sources_of("Seoul's spy agency put North Korean casualties at about 3,000.", "casualties") == {"NIS"}
    c = candidate_with("Kim Tae-hyo, an economist at Hyundai Research Institute, put the cost at $1 billion.", "cost")
    assert c.attribution == "explicit" and len(c.sources) == 1
    assert sources_of("The BOK pegged growth at 1.5 percent.", "growth") == {"BOK"}


def test_estimates_without_an_author_are_vague_and_continue_no_one():
    text = ("The ministry said 300 workers had left. South Korean estimates put the number of workers "
            "still abroad at 10,000.")
    assert sources_of(text, "still abroad") == set()


def test_a_document_of_a_body_speaks_for_the_body():
    assert sources_of("The NIS's latest assessment said the troops had moved.", "troops") == {"NIS"}
    assert sources_of("Yonhap's report said the ship sank.", "ship") == {"YONHAP"}


def test_a_passive_takes_its_agent_after_by_even_past_a_time_or_a_figure():
    assert sources_of("The launch was confirmed on Monday by the Pentagon.", "launch") == {"DOD"}
    assert sources_of("The toll was put at 300 by the JCS.", "toll") == {"JCS"}


def test_the_defense_minister_is_the_home_ministry_unless_another_defense_ministry_spoke():
    text = "Growth slowed, the Bank of Korea said. The defense minister told lawmakers the army would respond."
    assert sources_of(text, "army") == {"MND"}
    text = ("Japan's defense ministry said the missile fell in its zone. "
            "The defense minister added that Tokyo had protested.")
    assert sources_of(text, "protested") == {"JMOD"}


def test_a_minister_of_an_unregistered_portfolio_is_a_source_of_their_own():
    text = "The JCS said two shells landed. The foreign minister said Seoul would protest."
    c = candidate_with(text, "protest")
    assert "JCS" not in c.sources and list(c.source_names.values()) == ["the foreign minister"]


def test_a_former_official_of_a_body_speaks_for_themselves():
    text = "Opposition lawmaker Park Sun-won, a former NIS deputy director, said the agency had erred."
    c = candidate_with(text, "erred")
    assert "NIS" not in c.sources and list(c.source_names.values()) == ["Park Sun-won"]


def test_an_outlet_named_with_its_kind_after_the_name_is_the_speaker():
    assert sources_of("The North's official KCNA news agency said the test was a success.", "success") == {"KCNA"}


def test_experts_at_a_body_named_in_capitals_speak_for_it():
    text = "Experts at 38 North, a website that monitors the North, said images showed new activity."
    assert list(candidate_with(text, "images").source_names.values()) == ["38 North"]


def test_a_description_that_fits_one_registered_body_by_its_kind_names_it():
    assert sources_of("Kim Jong Un oversaw the test, state media reported on Wednesday.", "oversaw") == {"KCNA"}
    assert sources_of("The spy agency told lawmakers the troops had moved.", "troops") == {"NIS"}
    assert sources_of("Chinese state media said the talks went well.", "talks") != {"KCNA"}


def test_a_hyphenated_given_name_and_a_prime_minister_are_people():
    c = candidate_with("Leif-Eric Easley said the launch was a signal.", "signal")
    assert list(c.source_names.values()) == ["Leif-Eric Easley"]
    c = candidate_with('Japanese Prime Minister Shigeru Ishiba condemned the launch as "an outrage."', "condemned")
    assert c.attribution == "explicit"


def test_people_who_know_and_officials_of_a_named_kind_of_institution_are_sources():
    c = candidate_with("Military police opened a probe, two people familiar with the investigation said.", "probe")
    assert list(c.source_names.values()) == ["two people familiar with the investigation"]
    c = candidate_with("The soldier is in stable condition, Yonhap reported, citing hospital officials in Goyang.",
                       "stable")
    assert "YONHAP" in c.sources and len(c.sources) == 2


def test_a_person_s_office_or_lawyer_speaks_for_the_person():
    text = "Defense Minister Kwon Tae-joon has ordered all training suspended, his office said."
    assert sources_of(text, "suspended") == {"MND"}
    c = candidate_with("Mr. Kang's lawyer said his client would appeal.", "appeal")
    assert list(c.source_names.values()) == ["Mr. Kang's lawyer"]


def test_a_poll_or_data_of_a_body_named_in_capitals_is_that_body_s():
    c = candidate_with("A Gallup Korea poll in March found 71 percent support the plan.", "71 percent")
    assert list(c.source_names.values()) == ["Gallup Korea"]
    c = candidate_with("Shares rose 7.1 percent on Wednesday, Korea Exchange data showed.", "Shares")
    assert list(c.source_names.values()) == ["Korea Exchange"]
    assert sources_of("Investigators found debris on the beach.", "debris") == set()


def test_a_speaker_quoted_by_an_outlet_as_saying_is_a_source_besides_the_outlet():
    text = "Kim Yo Jong, the leader's sister, was quoted by KCNA on Wednesday as saying the drills were a threat."
    c = candidate_with(text, "threat")
    assert "KCNA" in c.sources and len(c.sources) == 2


def test_a_habit_of_a_body_is_not_a_statement():
    text = "The JCS said the drills began. Its state media routinely warns of merciless responses to drills."
    assert sources_of(text, "merciless") == set()


def test_a_live_update_s_time_stamp_and_a_rank_do_not_hide_the_subject():
    text = ("Officials at the Pentagon and U.S. Forces Korea say the talks went well.\n\n"
            "A senior U.S. defense official, briefing reporters on condition of anonymity, said the drill was new.")
    assert sources_of(text, "drill was new") == {"DOD"}
    assert sources_of("3:10 p.m. -- The JCS said the blast killed one soldier.", "blast") == {"JCS"}


def test_no_immediate_response_continues_no_one():
    text = "The U.N. Command said it had notified the North. There was no immediate response from Pyongyang."
    assert sources_of(text, "no immediate") == set()


def test_an_office_described_around_an_acronym_and_a_relative_clause_is_the_speaker():
    text = ("The U.N. resident coordinator's office for North Korea, which has worked from Bangkok since its "
            "international staff left Pyongyang in 2021, said it had received no request for assistance.")
    assert len(sources_of(text, "no request")) == 1
    c = candidate_with("Poland signs deal for 180 more tanks, Seoul's arms agency says", "Poland")
    assert list(c.source_names.values()) == ["Seoul's arms agency"]


def test_an_indictment_released_by_prosecutors_is_the_prosecutors_account():
    c = candidate_with("According to an indictment released by prosecutors, an agent recruited Kang online.", "recruited")
    assert list(c.source_names.values()) == ["prosecutors"]


def test_according_to_a_role_then_a_name_cites_the_named_person_whom_she_then_continues():
    text = ("Customs agents seized the cargo in Incheon, prosecutors said. The captain denies any wrongdoing, "
            "according to his attorney, Ryu Ha-eun. She said he had never opened the containers.")
    c = candidate_with(text, "denies")
    assert c.attribution == "explicit" and c.source_names[c.sources[0]] == "Ryu Ha-eun"
    assert candidate_with(text, "never opened").sources == c.sources


def test_a_relative_clause_with_a_figure_between_a_body_and_its_verb_keeps_the_body_the_speaker():
    text = ("Daesan Marine Industries, which employs about 4,200 workers in Ulsan, said production "
            "would resume on Monday.")
    c = candidate_with(text, "production")
    assert c.attribution == "explicit" and c.source_names[c.sources[0]] == "Daesan Marine Industries"


def test_imagery_from_a_named_provider_is_attributed_to_the_provider():
    text = "Satellite images from Maxar Technologies taken on Sunday showed two new launch pads."
    c = candidate_with(text, "launch pads")
    assert c.source_names[c.sources[0]] == "Maxar Technologies"
    assert sources_of("Satellite images of the Sohae site showed a new tower.", "tower") == set()


def test_a_british_spelling_of_an_alias_resolves_to_the_same_source():
    text = "Seoul's defence ministry said the new radar would be deployed near the border by March."
    assert sources_of(text, "radar") == {"MND"}


def test_a_company_named_by_one_word_as_the_subject_of_a_reporting_verb_is_a_source():
    text = "Hanwha said in a statement that the first engines would ship in May."
    c = candidate_with(text, "engines")
    assert c.attribution == "explicit" and c.source_names[c.sources[0]] == "Hanwha"


def test_the_police_of_a_place_as_the_subject_of_a_reporting_verb_are_a_source():
    c = candidate_with("Incheon police said on Sunday that two men had been detained.", "detained")
    assert c.attribution == "explicit" and c.source_names[c.sources[0]] == "Incheon police"


def test_a_single_surname_that_spoke_before_continues_that_person_not_a_company():
    text = "Professor Ahn Sung-ho of Kyungnam University said talks were unlikely. Ahn said the North was waiting."
    assert candidate_with(text, "waiting").sources == candidate_with(text, "unlikely").sources


def test_a_name_with_accented_letters_or_a_middle_initial_is_a_person_s_name():
    text = ("Ana Luc\u00eda Ferreyra, the U.N. special rapporteur on North Korea, said the camps grew.\n\n"
            "\"We stand ready,\" said Gen. Robert M. Hale, the commander of the allied forces.\n")
    assert set(candidate_with(text, "camps grew").source_names.values()) == {"Ana Luc\u00eda Ferreyra"}
    assert set(candidate_with(text, "stand ready").source_names.values()) == {"Gen. Robert M. Hale"}


def test_police_named_in_a_closing_clause_are_the_source():
    c = candidate_with("The company did not notify authorities until June, police said.", "notify")
    assert c.attribution == "explicit" and set(c.source_names.values()) == {"police"}


@pytest.mark.parametrize("text", [
    "Economists say tensions have pushed firms out of China.",
    "Some diplomats in Vienna said privately that the report was tougher.",
])
def test_a_crowd_or_people_in_a_place_are_nobody_s_attribution(text):
    assert candidate_with(text, "said" if "said" in text else "say").sources == ()


def test_a_headline_may_name_a_country_s_ministry_without_the_possessive():
    assert sources_of("Japan defence ministry says North Korean satellite appears to work", "satellite") == {"JMOD"}


def test_a_vice_minister_speaks_for_the_ministry_his_title_names():
    assert sources_of('Vice Minister of National Defense Seo Jung-ho stated, "We deeply regret it."', "regret") == {"MND"}


def test_a_speaker_s_appositive_naming_their_command_outranks_an_office_named_before():
    text = ('"We are ready," said Gen. Kim Tae-hoon, Chairman of the Joint Chiefs of Staff.\n\n'
            '"We will win. This exercise sharpens readiness," said Gen. Robert M. Hale, Commander of the '
            'ROK-U.S. Combined Forces Command.\n')
    c = candidate_with(text, "sharpens readiness")
    assert c.sources != ("JCS",) and "Combined Forces Command" in " ".join(c.source_names.values())


@pytest.mark.parametrize("text, phrase", [
    ("Park Jae-won, the head of the Free Voices Alliance, welcomed the ruling.", "welcomed"),
    ("The Seoul Central District Court ruled that police could not block the launches.", "could not block"),
])
def test_welcoming_and_ruling_are_a_body_s_stated_positions(text, phrase):
    c = candidate_with(text, phrase)
    assert c.attribution == "explicit" and len(c.sources) == 1


def test_the_ministry_capitalised_in_a_release_is_its_issuer():
    text = ("MND Announces Findings of Frigate Inquiry\n\n"
            "SEOUL, November 25 -- The Ministry of National Defense (MND) announced today the findings.\n\n"
            "The Ministry has also requested KRW 4.2 billion for bridge-alert systems.\n")
    assert sources_of(text, "bridge-alert") == {"MND"}


@pytest.mark.parametrize("text, name", [
    ("Reporters were referred to the U.S. Navy's 7th Fleet, which said in a statement that the drill went well.",
     "7th Fleet"),
    ("The U.S. 7th Fleet, which dispatched the carrier group, said the drill went well.", "7th Fleet"),
    ("The Korean Confederation of Trade Unions, to which his union belonged, has called the inquiry that went well "
     "a political attack.", "Confederation of Trade Unions"),
])
def test_a_body_speaks_through_a_relative_clause_or_across_one(text, name):
    c = candidate_with(text, "went well")
    assert c.attribution == "explicit" and name in " ".join(c.source_names.values())


def test_two_ministries_named_together_are_two_sources():
    c = candidate_with("South Korea\u2019s foreign and unification ministries both said they were in close contact "
                       "with Indonesian authorities.", "close contact")
    assert "MOU" in c.sources and len(c.sources) == 2
    assert "South Korea's foreign ministry" in c.source_names.values()


def test_an_official_of_a_body_speaks_for_it_wherever_they_are_and_whatever_aside_follows():
    c = candidate_with("A Pentagon spokesperson in Washington said the deployment was planned for months.", "planned")
    assert c.sources == ("DOD",)
    c = candidate_with("A senior Foreign Ministry official, speaking on condition of anonymity, confirmed the "
                       "deployment was planned for months.", "planned")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["Foreign Ministry"]


def test_a_headline_s_defense_chief_is_the_defense_minister():
    assert sources_of("Defense chief vows to fill troop shortfall with career soldiers", "troop shortfall") == {"MND"}


def test_a_body_naming_its_resolutions_is_not_the_subject_acting():
    assert sources_of("U.N. Security Council resolutions ban member states from hiring North Korean workers.",
                      "ban member") == set()


def test_a_panel_of_experts_after_an_opening_clause_is_the_source():
    c = candidate_with("Before its mandate expired in 2024, a U.N. panel of experts that monitored the sanctions "
                       "estimated that the workers earned $600 million a year.", "600 million")
    assert c.attribution == "explicit" and "panel of experts" in " ".join(c.source_names.values())


def test_both_a_body_known_by_initials_and_a_registry_source_are_sources():
    c = candidate_with("Both the FBI and South Korea's National Intelligence Service have warned that the workers "
                       "steal source code.", "source code")
    assert "NIS" in c.sources and "FBI" in c.source_names.values()


def test_a_person_speaks_through_a_relative_clause():
    c = candidate_with("State media said the test was overseen by leader Kim Jong Un, who called the missile "
                       "\"the most powerful weapon\" in the arsenal.", "overseen")
    assert "KCNA" in c.sources and "Kim Jong Un" in c.source_names.values()


def test_an_outlet_quoting_a_person_named_before_by_surname_credits_both():
    text = ("North Korean leader Kim Jong Un oversaw the engine test, KCNA said.\n\n"
            "KCNA quoted Kim as saying the test was a momentous event.\n")
    c = candidate_with(text, "momentous")
    assert "KCNA" in c.sources and "Kim Jong Un" in c.source_names.values()


def test_a_spokesperson_of_a_company_named_in_capitals_speaks_for_the_company():
    c = candidate_with("A Hanwha Aerospace spokesperson said the company would set up a joint venture.", "joint venture")
    assert list(c.source_names.values()) == ["Hanwha Aerospace"]


def test_a_body_named_with_its_initials_and_its_city_is_the_speaker():
    c = candidate_with("In a report published Tuesday, the Center for Strategic and International Studies (CSIS) in "
                       "Washington assessed that the motor could carry several warheads.", "several warheads")
    assert c.attribution == "explicit" and "Strategic and International Studies" in " ".join(c.source_names.values())


def test_an_outlet_citing_someone_it_did_not_name_is_the_only_source():
    text = ("Poland's defense ministry signed the deal on Monday.\n\n"
            "Yonhap News Agency, citing a government official it did not name, reported that Seoul had pushed for it.\n")
    assert sources_of(text, "pushed for it") == {"YONHAP"}


def test_a_surname_met_before_with_an_aside_citing_a_body_is_the_speaker_beside_that_body():
    text = ("The minister answered a question from Rep. Moon Ji-ho of the Justice Party. "
            "Moon, citing figures from the Ministry of National Defense, said 300 posts were empty.")
    assert sources_of(text, "300 posts") == {"MND", "MOON_JI_HO"}


def test_a_body_described_by_three_words_before_its_kind_is_a_speaker():
    c = candidate_with("Exports of tanks doubled, the state arms procurement agency said on Monday.", "tanks")
    assert list(c.source_names.values()) == ["the state arms procurement agency"]


def test_a_participle_of_saying_after_another_verb_is_the_subject_s_statement():
    envoy = candidate_with("China's deputy ambassador, Zhao Wenbo, went further, saying the sanctions had failed.",
                           "failed")
    assert list(envoy.source_names.values()) == ["Zhao Wenbo"]
    minister = candidate_with("Foreign Minister Aiko Tanabe declined to say where the talks were held, saying that "
                              "details could harm them.", "details")
    assert list(minister.source_names.values()) == ["Foreign Minister Aiko Tanabe"]
    senator = candidate_with("Senator Ruth Calder, the panel's ranking Republican, asked whether troops would leave, "
                             "adding that allies were worried.", "allies")
    assert list(senator.source_names.values()) == ["Senator Ruth Calder"]
    # a crowd doing something and saying why is nobody's attribution
    assert sources_of("Residents of Ganghwa County staged protests, saying they feared shelling.", "shelling") == set()


def test_findings_of_surveys_and_identifications_are_their_authors_and_a_noun_estimate_is_no_cue():
    survey = candidate_with("In its own yearly survey released in May, the Jeju Peace Forum found 64 percent in "
                            "favour.", "64 percent")
    assert list(survey.source_names.values()) == ["Jeju Peace Forum"]
    shown = candidate_with("Polls by the Hankook Research Centre have shown support above half since 2021.", "half")
    assert list(shown.source_names.values()) == ["Hankook Research Centre"]
    assert sources_of("Both Japan's defense ministry and Orbital Lens identified the tanker as the Sea Crane.",
                      "Sea Crane") >= {"JMOD"}
    # the body that "does not publish its own estimate" is not the one that estimated
    assert sources_of("The IAEA does not publish its own estimate, but the Federation of Atomic Scientists "
                      "estimated that 40 warheads exist.", "40 warheads") == {"FEDERATION_OF_ATOMIC_SCIENTISTS"}


def test_an_official_s_remit_between_the_official_and_the_verb_does_not_hide_the_body():
    text = "\"The drones are new,\" a JCS official in charge of air defense told reporters."
    assert sources_of(text, "drones are new") == {"JCS"}
    text = ("The Navy said the frigate sailed. "
            "\"Funding is secured,\" a defense ministry official familiar with the budget said.")
    assert sources_of(text, "Funding") == {"MND"}


def test_a_named_person_speaking_in_a_with_clause_is_a_source_beside_the_reporter():
    text = ("The North unveiled a new tank, KCNA said, with leader Kim Jong Un calling it "
            "\"the strongest in the world.\"")
    assert sources_of(text, "new tank") == {"KCNA", "KIM_JONG_UN"}
    # a crowd in the clause is nobody in particular
    text = "The council met on Friday, with Western diplomats accusing Moscow of stalling."
    assert sources_of(text, "council met") == set()


def test_a_speaker_s_appositive_may_hold_a_series_with_commas():
    text = ("Mina Okafor, the deputy envoy for trade, energy and climate, told reporters the "
            "talks had stalled.")
    c = candidate_with(text, "talks had stalled")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["Mina Okafor"]


def test_a_speaker_with_an_appositive_then_a_weekday_is_still_the_subject():
    text = ("Choe Son Hui, who has led the North's delegations since 2019, on Friday condemned the drills as "
            "\"a rehearsal for invasion\" in a statement carried by KCNA.")
    c = candidate_with(text, "condemned")
    assert "KCNA" in c.sources and any(n.endswith("Choe Son Hui") for n in c.source_names.values())


def test_a_company_head_named_after_the_company_speaks_across_a_first_verb():
    text = "Hanbit CEO Lee Joon-ho apologized to customers and said the company would refund them."
    c = candidate_with(text, "refund")
    assert c.attribution == "explicit" and any(n.endswith("Lee Joon-ho") for n in c.source_names.values())


def test_a_body_described_by_two_words_before_its_kind_acts_as_a_subject():
    text = "Japan's coast guard said a ship sank. Poland's arms procurement agency on Tuesday ordered 48 howitzers."
    c = candidate_with(text, "howitzers")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["Poland's arms procurement agency"]


def test_a_claim_to_land_or_a_toll_is_not_a_claim_made():
    assert sources_of("Manila claims most of the disputed atoll, and its navy patrols there weekly.", "atoll") == set()
    assert sources_of("Tokyo claims sovereignty over the rocks.", "rocks") == set()
    assert sources_of("The storm claimed the lives of two fishermen.", "storm") == set()
    # a claim that something is so is still the claimant's
    assert sources_of("Pyongyang claimed all of the detained sailors were spies.", "sailors") != set()


def test_who_runs_a_thing_believed_of_it_is_not_who_believed_it():
    text = ("Yonhap news agency, citing a government source, reported that the tanker was believed to be "
            "operated by a Dubai-based shell firm.")
    assert sources_of(text, "tanker") == {"YONHAP"}


def test_a_body_whose_possession_a_person_speaks_of_is_not_whom_they_relay():
    text = ("Oh Ji-hoon, an economist at Hanyang University, said the figures were rough. "
            "Oh added that the BOK's survey method misses informal trade.")
    c = candidate_with(text, "survey method")
    assert "BOK" not in c.sources and c.attribution == "explicit"
    # the body as the subject of what the person relays is still relayed
    assert "BOK" in sources_of("Rep. Yoo said the BOK had revised its estimate.", "revised")
