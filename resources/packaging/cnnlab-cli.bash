# bash completion for cnnlab-cli                             -*- shell-script -*-
#
# Installed as /usr/share/bash-completion/completions/cnnlab-cli. The commands
# and options are those of app/cli/CliCommon.cpp and app/cli/*Command.cpp;
# keep them in step.

# COMPREPLY=($(compgen ...)) is bash-completion's own idiom: the words have no spaces.
# shellcheck disable=SC2207

_cnnlab_cli()
{
    local cur prev words cword split
    _init_completion -s || return

    local commands="train dims eval download predict features compare explain"

    # The first word is the command (or --help / --version).
    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--help --version' -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local command=${words[1]}
    local opts
    case $command in
        train)
            opts="--model --spec --data --data-folder --cifar10 --input-size --channels
                --fit --test-fraction --split-seed --iters --batch --lr --optimizer
                --momentum --weight-decay --eval-every --seed --threads --device --save
                --augment --no-augment --train-size --schedule --gamma --milestones --fine-tune --help"
            ;;
        dims)
            opts="--model --spec --json --help"
            ;;
        eval)
            opts="--model --spec --weights --data --data-folder --cifar10 --input-size
                --channels --fit --test-fraction --split-seed --help"
            ;;
        download)
            opts="--dir --dataset --mirror --checksums --timeout --help"
            ;;
        predict)
            opts="--model --spec --weights --json --help"
            ;;
        features)
            opts="--model --spec --weights --seed --data --data-folder --cifar10 --input-size --channels
                --fit --test-fraction --split-seed --index --save --help"
            ;;
        compare)
            opts="--models --spec --vary --arms --experiment --seeds --iters --batch
                --lr --eval-every --threads --train-size --data --data-folder --cifar10 --input-size
                --channels --fit --test-fraction --split-seed --save-run --help"
            ;;
        explain)
            opts="--model --spec --weights --data --data-folder --cifar10 --input-size --channels --fit
                --test-fraction --split-seed --index --input --method
                --target --window --stride --epsilon --layer --channel --count
                --save --help"
            ;;
        *)
            return # not a command: nothing to offer
            ;;
    esac

    # The value of the option before the cursor (--opt VALUE or --opt=VALUE).
    # Only options this command defines take a value here.
    if [[ $prev == --* && " ${opts//$'\n'/ } " == *" $prev "* ]]; then
        case $prev in
            --model)
                COMPREPLY=($(compgen -W 'A B C' -- "$cur"))
                return
                ;;
            --schedule)
                COMPREPLY=($(compgen -W 'constant step cosine' -- "$cur"))
                return
                ;;
            --models)
                # Comma-separated presets: complete the last one.
                local head=""
                [[ $cur == *,* ]] && head=${cur%,*},
                COMPREPLY=($(compgen -P "$head" -W 'A B C' -- "${cur##*,}"))
                compopt -o nospace
                return
                ;;
            --spec | --arms)
                _filedir json
                return
                ;;
            --experiment)
                COMPREPLY=($(compgen -W 'list fnn-vs-cnn pooling padding expand optimizers train-size augmentation regularisation' -- "$cur"))
                return
                ;;
            --vary)
                COMPREPLY=($(compgen -W 'optimizer= lr= weight-decay= batch= iters= train-size= augment= schedule=' -- "$cur"))
                compopt -o nospace
                return
                ;;
            --weights)
                _filedir pt
                return
                ;;
            --save)
                if [[ $command == train ]]; then
                    _filedir # FILE: the weights, written with the spec inside
                else
                    _filedir pt # OUT.pt
                fi
                return
                ;;
            --data | --data-folder | --cifar10 | --dir | --save-run)
                _filedir -d
                return
                ;;
            --checksums)
                _filedir
                return
                ;;
            --input)
                _filedir '@(json|png|jpg|jpeg|bmp)'
                return
                ;;
            --dataset)
                COMPREPLY=($(compgen -W 'mnist fashion-mnist cifar10' -- "$cur"))
                return
                ;;
            --channels)
                COMPREPLY=($(compgen -W '1 3' -- "$cur"))
                return
                ;;
            --fit)
                COMPREPLY=($(compgen -W 'pad crop' -- "$cur"))
                return
                ;;
            --optimizer)
                COMPREPLY=($(compgen -W 'sgd momentum adam' -- "$cur"))
                return
                ;;
            --device)
                COMPREPLY=($(compgen -W 'cpu cuda' -- "$cur"))
                return
                ;;
            --method)
                COMPREPLY=($(compgen -W 'saliency gradient-x-input gradcam
                    occlusion fgsm top-patches' -- "$cur"))
                return
                ;;
            --layer)
                # The lesson's models have two convolutions; a spec may have more.
                COMPREPLY=($(compgen -W 'cnn1 cnn2' -- "$cur"))
                return
                ;;
            --iters | --batch | --lr | --momentum | --eval-every | --seed | --train-size | --gamma | --milestones | \
                --threads | --seeds | --index | --target | --window | \
                --stride | --epsilon | --channel | --count | --timeout | \
                --mirror)
                return # a number, a list or a URL: nothing to offer
                ;;
        esac
    fi

    # --opt=VALUE with an option that takes none, or an unknown one.
    $split && return

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi

    # predict reads drawings, images and folders of them; the other commands
    # take no arguments besides their options.
    if [[ $command == predict ]]; then
        _filedir '@(json|png|jpg|jpeg|bmp)'
    else
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    fi
} &&
    complete -F _cnnlab_cli cnnlab-cli

# ex: filetype=sh
