/// Shell completion scripts, generated from the commands' own option lists so they never
/// drift from what the parser accepts. Dynamic words (roadmap ids, topic ids and slugs)
/// come from `roadmap __complete` as the user types.
enum CompletionScript {
    private static var commandNames: String { Commands.visible.map { $0.name }.joined(separator: " ") }

    /// The flags a command accepts: its own and the global ones (`--json` only where it prints JSON).
    private static func flags(of command: any Command.Type) -> [String] {
        (Invocation.globalFlags + command.flags).filter { command.acceptsJSON || $0 != "--json" }.sorted()
    }

    private static func options(of command: any Command.Type) -> String {
        let roadmap = command.acceptsRoadmap ? Invocation.globalValueOptions : []
        return (flags(of: command) + roadmap + command.valueOptions + ["-h"]).sorted().joined(separator: " ")
    }

    /// Commands whose arguments are topics.
    private static let topicCommands = ["done", "start", "skip", "reset", "note", "show", "open"]

    static var bash: String {
        let optionCases = Commands.visible.map { "        \($0.name)) opts=\"\(options(of: $0))\" ;;" }.joined(separator: "\n")
        return """
            # bash completion for roadmap. Install: source <(roadmap completions bash)
            # A word of the line as the shell will read it: quotes and `\\ ` undone, `~` the home folder.
            _roadmap_word() {
                local word="$1"
                if [[ $word == \\"*\\" || $word == \\'*\\' ]]; then word="${word:1:${#word}-2}"; fi
                word="${word//\\\\ / }"
                if [[ $word == "~" || $word == "~/"* ]]; then word="$HOME${word:1}"; fi
                printf '%s' "$word"
            }
            _roadmap() {
                local cur prev cmd="" i
                local -a scope=()
                cur="${COMP_WORDS[COMP_CWORD]}"
                prev="${COMP_WORDS[COMP_CWORD-1]}"
                for ((i = 1; i < COMP_CWORD; i++)); do
                    case "${COMP_WORDS[i]}" in
                        # `--roadmap x`, or `--roadmap=x` (which bash splits at the `=`).
                        --roadmap) [[ "${COMP_WORDS[i+1]}" == "=" ]] && ((i++))
                            scope=(--roadmap "$(_roadmap_word "${COMP_WORDS[i+1]}")"); ((i++)) ;;
                        --format|--phase|--id) ((i++)) ;;
                        -*) ;;
                        *) [[ -z "$cmd" ]] && cmd="${COMP_WORDS[i]}" ;;
                    esac
                done
                # `--roadmap=` splits into `--roadmap` and `=`.
                if [[ "$prev" == "=" && "${COMP_WORDS[COMP_CWORD-2]}" == --roadmap ]]; then prev=--roadmap; fi
                case "$prev" in
                    # A roadmap id, or a Markdown file.
                    --roadmap) COMPREPLY=($(compgen -W "$(roadmap __complete roadmaps 2>/dev/null)" -- "$cur") $(compgen -f -- "$cur"))
                        compopt -o filenames 2>/dev/null; return ;;
                    --format) COMPREPLY=($(compgen -W "markdown json" -- "$cur")); return ;;
                    --id) return ;;
                    --phase) COMPREPLY=($(compgen -W "$(roadmap __complete phases "${scope[@]}" 2>/dev/null)" -- "$cur")); return ;;
                esac
                # Before a command, the options of `next`, which runs when none is given.
                local opts="\(options(of: NextCommand.self))"
                case "$cmd" in
            \(optionCases)
                esac
                if [[ "$cur" == -* ]]; then
                    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
                    return
                fi
                case "$cmd" in
                    "") COMPREPLY=($(compgen -W "\(commandNames)" -- "$cur")) ;;
                    \(topicCommands.joined(separator: "|"))) COMPREPLY=($(compgen -W "$(roadmap __complete topics "${scope[@]}" 2>/dev/null)" -- "$cur")) ;;
                    list) COMPREPLY=($(compgen -W "$(roadmap __complete phases "${scope[@]}" 2>/dev/null)" -- "$cur")) ;;
                    use) COMPREPLY=($(compgen -W "$(roadmap __complete roadmaps 2>/dev/null)" -- "$cur")) ;;
                    remove) COMPREPLY=($(compgen -W "$(roadmap __complete added 2>/dev/null)" -- "$cur")) ;;
                    add|lint) COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;
                    help) COMPREPLY=($(compgen -W "\(commandNames)" -- "$cur")) ;;
                    completions) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
                    config) COMPREPLY=($(compgen -W "hours-per-week" -- "$cur")) ;;
                esac
            }
            complete -F _roadmap roadmap

            """
    }

    static var zsh: String {
        """
        #compdef roadmap
        # zsh completion for roadmap: the bash completion, through zsh's bashcompinit.
        autoload -U +X bashcompinit && bashcompinit
        \(bash)
        # Loaded from fpath by the first completion (#compdef), the file has only now defined
        # the completion: complete that first time too.
        if [[ ${funcstack[1]-} == _roadmap ]]; then _bash_complete -F _roadmap; fi

        """
    }

    static var fish: String {
        var lines = [
            "# fish completion for roadmap. Install: roadmap completions fish > ~/.config/fish/completions/roadmap.fish",
            "complete -c roadmap -f",
            // Topics and phases of the roadmap that --roadmap names on the line, if any.
            "function __roadmap_complete_in_scope",
            "    set -l tokens (commandline -opc)",
            "    set -l scope",
            "    for i in (seq (count $tokens))",
            "        if test \"$tokens[$i]\" = --roadmap; and test $i -lt (count $tokens)",
            "            set scope --roadmap $tokens[(math $i + 1)]",
            "        else if string match -q -- '--roadmap=*' $tokens[$i]",
            "            set scope --roadmap (string replace -- '--roadmap=' '' $tokens[$i])",
            "        end",
            "    end",
            // The line's words as typed: `~` is not yet the home folder.
            "    if set -q scope[2]",
            "        set scope[2] (string replace -r -- '^~(?=/|$)' $HOME $scope[2])",
            "    end",
            "    roadmap __complete $argv $scope 2>/dev/null",
            "end",
        ]
        for command in Commands.visible {
            let summary = command.summary.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "\\'")
            lines.append("complete -c roadmap -n '__fish_use_subcommand' -a \(command.name) -d '\(summary)'")
        }
        for command in Commands.visible {
            for option in flags(of: command) {
                lines.append("complete -c roadmap -n '__fish_seen_subcommand_from \(command.name)' -l \(option.dropFirst(2))")
            }
        }
        let refusing = Commands.visible.filter { !$0.acceptsRoadmap }.map { $0.name }.joined(separator: " ")
        // A roadmap id or a Markdown file.
        lines.append("complete -c roadmap -n 'not __fish_seen_subcommand_from \(refusing)' -l roadmap -r -F -a '(roadmap __complete roadmaps 2>/dev/null)'")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from add lint' -F")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from remove' -a '(roadmap __complete added 2>/dev/null)'")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from \(topicCommands.joined(separator: " "))' -a '(__roadmap_complete_in_scope topics)'")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from use' -a '(roadmap __complete roadmaps 2>/dev/null)'")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from list' -a '(__roadmap_complete_in_scope phases)'")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from reset' -l phase -x -a '(__roadmap_complete_in_scope phases)'")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from export' -l format -x -a 'markdown json'")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from completions' -a 'bash zsh fish'")
        lines.append("complete -c roadmap -n '__fish_seen_subcommand_from help' -a '\(commandNames)'")
        return lines.joined(separator: "\n") + "\n"
    }
}
