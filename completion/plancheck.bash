# bash completion for plancheck(1). Options, formats, ruleset and rule ids are read from plancheck itself
# (--help, rules list), so they never drift from the binary installed.

_plancheck_options() {  # the long and short options `plancheck $1 --help` lists
    plancheck $1 --help --lang en 2>/dev/null | grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' | tr -d ' ,' | sort -u
}

_plancheck_rulesets() {  # the ids heading the columns of `rules list`
    plancheck rules list --lang en 2>/dev/null | awk 'NR == 1 { for (i = 2; i < NF; i++) print $i; exit }'
}

_plancheck_rules() {
    plancheck rules list --lang en 2>/dev/null | awk 'NR > 1 { print $1 }'
}

_plancheck_choices() {  # the a|b|c after "$2" in the help of command $1
    plancheck $1 --help --lang en 2>/dev/null | grep -- "$2 " | grep -oE '[a-z-]+(\|[a-z-]+)+' | head -n 1 | tr '|' ' '
}

_plancheck() {
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion -n =: || return
    else
        COMPREPLY=()
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local command="" sub="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            check | rules | validate | merge | history) command=${words[i]}; [[ $command == rules ]] && sub=${words[i + 1]}; break ;;
        esac
    done

    case $prev in
        --ruleset)
            COMPREPLY=($(compgen -W "$(_plancheck_rulesets)" -- "$cur"))
            compopt -o filenames 2>/dev/null
            COMPREPLY+=($(compgen -f -X '!*.xml' -- "$cur") $(compgen -d -- "$cur"))
            return ;;
        --format)
            COMPREPLY=($(compgen -W "$(_plancheck_choices "${command:-check}" --format)" -- "$cur")); return ;;
        --fail-on) COMPREPLY=($(compgen -W "error warning info never new" -- "$cur")); return ;;
        --org-kind) COMPREPLY=($(compgen -W "cii central other" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "zh en" -- "$cur")); return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --errors-exit-code) COMPREPLY=($(compgen -W "0 1 2" -- "$cur")); return ;;
        --report)
            if [[ $cur == *:* ]]; then
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen -f -- "${cur#*:}"))
            else
                compopt -o nospace 2>/dev/null
                COMPREPLY=($(compgen -S : -W "$(_plancheck_choices check --format) dashboard similar" -- "$cur"))
            fi
            return ;;
        --data-dir)
            compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --jobs | -j | --shard | --as-of | --similar-threshold) return ;;
        --output | -o | --waivers | --baseline | --org-profile | --db | --config)
            compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac

    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "check rules validate merge history --help --version --print-config" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_plancheck_options "$command")" -- "$cur"))
        return
    fi
    case $command in
        rules)
            if [[ -z $sub || $sub == "$cur" ]]; then
                COMPREPLY=($(compgen -W "list explain" -- "$cur"))
            elif [[ $sub == explain ]]; then
                COMPREPLY=($(compgen -W "$(_plancheck_rules)" -- "$cur"))
            fi ;;
        check)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur")) ;;
        validate)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -X '!*.xml' -- "$cur") $(compgen -d -- "$cur")) ;;
        merge)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur")) ;;
    esac
}
complete -F _plancheck plancheck
